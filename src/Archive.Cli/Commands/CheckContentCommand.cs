using System.CommandLine;
using System.Globalization;
using Archive.Core;
using Archive.Core.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commands;

internal static class CheckContentCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("check-content", "Check content/ against the imported original: coverage, ids, numbers, lengths, topics");
        command.Options.Add(CliOptions.Content);
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
            foreach (var d in readErrors.Concat(report.Diagnostics))
            {
                console.Error.WriteLine(d.ToString());
            }

            foreach (var l in report.Languages)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{l.Language}: {l.Translated}/{l.Total} clauses ({l.Ratio:P0}), {l.MissingNumbers} with missing numbers, {l.ImplausibleLengths} with implausible length"));
            }

            var errors = readErrors.Count(d => d.IsError) + report.Diagnostics.Count(d => d.IsError);
            var warnings = readErrors.Count(d => !d.IsError) + report.Diagnostics.Count(d => !d.IsError);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{errors} error(s), {warnings} warning(s)"));
            return errors > 0 ? 1 : 0;
        });
        return command;
    }
}
