using System.CommandLine;
using System.Globalization;
using Archive.Core;
using Archive.Core.Import;
using Archive.Core.Search;
using Archive.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static System.FormattableString;

namespace Archive.Cli.Commands;

internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Seed files or folders (default: seeds/), or one archive bundle FILE.json to restore into an empty database", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("import", "Import seed texts (and content/) into the database, all or nothing");
        command.Arguments.Add(paths);
        command.Options.Add(CliOptions.Content);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse.GetValue(CliOptions.Db), parse.GetValue(CliOptions.Content), ct);
            if (parse.GetValue(paths) is [var single] && single.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                var generation = await BundleImport.RestoreAsync(services, single, console, ct);
                return await UpdateIndexAsync(services.GetRequiredService<SearchIndex>(), new ImportReport { Changed = true, Generation = generation }, console, ct);
            }

            ImportReport report;
            try
            {
                report = await services.GetRequiredService<ArchiveImporter>().ImportAsync(parse.GetValue(paths), ct);
            }
            catch (Exception ex) when (DatabaseFaults.Explain(ex, services.GetRequiredService<ArchiveLocations>(), "the database is unchanged (the import is all or nothing)") is { } fault)
            {
                throw fault;
            }

            var exit = Print(report, console);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                return exit == 0 ? await UpdateIndexAsync(services.GetRequiredService<SearchIndex>(), report, console, ct) : exit;
            }
            finally
            {
                var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("Archive.Cli.Import");
                if (log.IsEnabled(LogLevel.Debug))
                {
                    log.LogDebug("import: the search index took {Seconds:0.00} s", watch.Elapsed.TotalSeconds);
                }
            }
        });
        return command;
    }

    /// <summary>
    /// Brings the search index up to the database, after any import, even one that changed nothing: an index an earlier
    /// run could not finish (a full disk) is finished now. An index owned by a running site is left to it, which says so.
    /// </summary>
    private static async Task<int> UpdateIndexAsync(SearchIndex index, ImportReport report, CliConsole console, CancellationToken ct)
    {
        if (await index.EnsureCurrentAsync(ct))
        {
            console.Out.WriteLine(Invariant($"search index up to date at generation {index.Generation}"));
            return 0;
        }

        var committed = report.Changed ? Invariant($"the database change is committed (generation {report.Generation})") : "the database is unchanged";
        if (index.Problem == SearchIndexProblem.OwnedElsewhere)
        {
            console.Out.WriteLine(Invariant($"{(report.Changed ? "database updated" : "database unchanged")}; the running site owns the search index {index.Folder} and rebuilds it within seconds"));
            return 0;
        }

        console.Error.WriteLine($"error: {index.ProblemMessage}; {committed}");
        return 1;
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

        foreach (var written in report.LedgersWritten.Concat(report.TranslationsStamped))
        {
            console.Out.WriteLine($"{written}: written (clause ids or translation source hashes); commit it with the seed");
        }

        var warnings = report.Diagnostics.Count(d => !d.IsError);
        console.Out.WriteLine(report.Changed
            ? Invariant($"import done: generation {report.Generation}, {warnings} warning(s)")
            : Invariant($"no change: the database already holds this input ({warnings} warning(s))"));
        return 0;
    }
}
