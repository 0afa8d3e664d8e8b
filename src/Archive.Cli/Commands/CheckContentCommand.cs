using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Archive.Core;
using Archive.Core.Content;
using Archive.Core.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commands;

internal static class CheckContentCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("check-content", "Check content/ against the imported original: coverage, ids, and each clause's translation (numbers, terms, names, script, length, sentences, Markdown, dates, consistency)");
        command.Options.Add(CliOptions.Content);
        command.Options.Add(CliOptions.Json);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse.GetValue(CliOptions.Db), parse.GetValue(CliOptions.Content), ct);
            var importer = services.GetRequiredService<ArchiveImporter>();
            var locations = services.GetRequiredService<ArchiveLocations>();
            if (await services.GetRequiredService<Core.Storage.ArchiveDatabase>().IsEmptyAsync(ct))
            {
                var seeded = await importer.ImportAsync(null, null, ct);
                if (!seeded.Succeeded)
                {
                    return ImportCommand.Print(seeded, console);
                }
            }

            var (report, readErrors) = await importer.CheckContentAsync(locations.ContentDirectory, ct);
            var all = readErrors.Concat(report.Diagnostics).ToList();
            var errors = all.Count(d => d.IsError);
            var warnings = all.Count(d => !d.IsError);
            if (parse.GetValue(CliOptions.Json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(ContentCheckJson.Of(report, readErrors), CliJson.Indented));
                return errors > 0 ? 1 : 0;
            }

            foreach (var d in all)
            {
                console.Error.WriteLine(d.ToString());
            }

            if (!report.VocabularyRead)
            {
                console.Out.WriteLine("content/vocabulary.yml not found: named people, organisations and places are not checked");
            }

            foreach (var l in report.Languages)
            {
                var band = l.Band is { } b
                    ? string.Create(CultureInfo.InvariantCulture, $"; length band {b.Low:0.00}–{b.High:0.00} (median {b.Median:0.00}, {b.Clauses} {b.CalibratedOn})")
                    : string.Empty;
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{l.Language}: {l.Translated}/{l.Total} clauses ({l.Ratio:P0}), {l.Errors} error(s), {l.Warnings} warning(s), {l.Accepted} accepted{band}"));
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{errors} error(s), {warnings} warning(s)"));
            return errors > 0 ? 1 : 0;
        });
        return command;
    }
}
