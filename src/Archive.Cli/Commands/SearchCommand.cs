using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Archive.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commands;

internal static class SearchCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string?>("query") { Description = "The query: words, \"phrases\", prefix*, -excluded, OR", Arity = ArgumentArity.ZeroOrOne };
        var lang = new Option<string?>("--lang") { Description = "Search only this language's text (fa, en, de, …; default: all)" };
        var limit = new Option<int>("--limit") { Description = "How many hits (1–100)", DefaultValueFactory = _ => 10 };
        var exact = new Option<bool>("--exact") { Description = "Only the words typed: no other spellings or forms, no concept expansion, no nearest words" };
        var stdin = new Option<bool>("--stdin") { Description = "Read one query per line from standard input; print one JSON object per line" };
        var command = new Command("search", "Search the original and every translation");
        command.Arguments.Add(query);
        command.Options.Add(lang);
        command.Options.Add(limit);
        command.Options.Add(exact);
        command.Options.Add(stdin);
        command.Options.Add(CliOptions.Json);
        command.SetAction(async (parse, ct) =>
        {
            var fromStdin = parse.GetValue(stdin);
            var text = parse.GetValue(query);
            if (!fromStdin && string.IsNullOrWhiteSpace(text))
            {
                console.Error.WriteLine("error: give a query, e.g. archive search \"خصوصی‌سازی\", or --stdin");
                return 2;
            }

            await using var services = await CliServices.StartAsync(parse.GetValue(CliOptions.Db), null, ct, readOnly: true);
            var index = services.GetRequiredService<SearchIndex>();
            if (!await index.OpenCurrentAsync(ct))
            {
                console.Error.WriteLine(index.Problem == SearchIndexProblem.OwnedElsewhere
                    ? $"error: the search index {index.Folder} is older than the database, and the process that owns it (a running site) is rebuilding it; try again in a few seconds"
                    : "error: " + index.ProblemMessage);
                return 1;
            }

            var search = services.GetRequiredService<ArchiveSearch>();
            var json = parse.GetValue(CliOptions.Json);
            if (fromStdin)
            {
                var failed = false;
                while (await Console.In.ReadLineAsync(ct) is { } line)
                {
                    failed |= Run(search, new SearchRequest(line, parse.GetValue(lang), Limit: parse.GetValue(limit)) { Exact = parse.GetValue(exact) }, console, jsonLine: true) != 0;
                }

                return failed ? 1 : 0;
            }

            return Run(search, new SearchRequest(text!, parse.GetValue(lang), Limit: parse.GetValue(limit)) { Exact = parse.GetValue(exact) }, console, jsonLine: false, json);
        });
        return command;
    }

    private static int Run(ArchiveSearch search, SearchRequest request, CliConsole console, bool jsonLine, bool json = true)
    {
        try
        {
            var response = search.Search(request);
            response = response with { Hits = [.. response.Hits.Select(h => h with { Snippet = PlainSnippet.From(h.Snippet) })] };
            if (jsonLine || json)
            {
                console.Out.WriteLine(JsonSerializer.Serialize(response, jsonLine ? CliJson.Compact : CliJson.Indented));
                return 0;
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{response.Total} matching clause(s)") + (response.Partial ? " (partial matches: no clause has every word)" : string.Empty));
            foreach (var also in response.AlsoSearched)
            {
                console.Out.WriteLine("also searched: " + also.Typed + " → " + also.Kind.ToString().ToLowerInvariant() + ": " + string.Join(", ", also.Searched));
            }

            if (response.DidYouMean.Count > 0)
            {
                console.Out.WriteLine("did you mean: " + string.Join(", ", response.DidYouMean));
            }

            foreach (var hit in response.Hits)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hit.Url}  [{hit.Lang}] {hit.Score:0.00}  {hit.Snippet}"));
            }

            return 0;
        }
        catch (SearchQueryException ex)
        {
            if (jsonLine)
            {
                console.Out.WriteLine(JsonSerializer.Serialize(new { query = request.Query, error = ex.Message }, CliJson.Compact));
            }

            console.Error.WriteLine("error: " + ex.Message);
            return 1;
        }
    }
}
