using System.CommandLine;
using Archive.Core.Import;
using Archive.Core.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;
using static System.FormattableString;

namespace Archive.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Seed files or folders (default: seeds/)", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("import", "Import seed texts (and content/) into the database, all or nothing");
        command.Arguments.Add(paths);
        command.Options.Add(CliOptions.Content);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse.GetValue(CliOptions.Db), parse.GetValue(CliOptions.Content), ct);
            var report = await services.GetRequiredService<ArchiveImporter>().ImportAsync(parse.GetValue(paths), ct);
            var exit = Print(report, console);
            if (exit == 0 && report.Changed)
            {
                await UpdateIndexAsync(services, console, ct);
            }

            return exit;
        });
        return command;
    }

    /// <summary>Brings the search index up to date; a web app holding the index picks the import up by itself.</summary>
    private static async Task UpdateIndexAsync(IServiceProvider services, CliConsole console, CancellationToken ct)
    {
        try
        {
            await services.GetRequiredService<SearchIndex>().EnsureCurrentAsync(ct);
            console.Out.WriteLine("search index updated");
        }
        catch (LockObtainFailedException)
        {
            console.Out.WriteLine("search index is held by a running web app, which rebuilds it from the new import within seconds");
        }
    }

    internal static int Print(ImportReport report, CliConsole console)
    {
        foreach (var d in report.Diagnostics)
        {
            console.Error.WriteLine(d.ToString());
        }

        if (!report.Succeeded)
        {
            console.Error.WriteLine("import failed: nothing was written");
            return 1;
        }

        foreach (var doc in report.Documents)
        {
            console.Out.WriteLine(doc.Change switch
            {
                DocumentChange.Unchanged => Invariant($"{doc.Path}: unchanged ({doc.Resolutions} resolutions, {doc.Clauses} clauses)"),
                _ => Invariant($"{doc.Path}: {(doc.Change == DocumentChange.Added ? "imported" : "updated")} {doc.Resolutions} resolutions, {doc.Clauses} clauses ({doc.ClausesAdded} added, {doc.ClausesUpdated} changed, {doc.ClausesRemoved} removed)"),
            });
        }

        if (report.Content is { } content)
        {
            var coverage = string.Join(", ", content.TranslatedClauses.Select(kv => Invariant($"{kv.Key} {kv.Value}")));
            console.Out.WriteLine(Invariant($"content: {content.Topics} topics; translated clauses: {coverage}; {content.TranslationsChanged} translations changed"));
        }

        var warnings = report.Diagnostics.Count(d => !d.IsError);
        console.Out.WriteLine(report.Changed
            ? Invariant($"import done: generation {report.Generation}, {warnings} warning(s)")
            : Invariant($"no change: the database already holds this input ({warnings} warning(s))"));
        return 0;
    }
}
