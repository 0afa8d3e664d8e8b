using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Archive.Core.Catalog;
using Archive.Core.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commands;

/// <summary><c>archive history N [--json]</c>: the revisions of a resolution's original, each with the clauses it changed.</summary>
internal static class HistoryCommand
{
    public static Command Create(CliConsole console)
    {
        var number = new Argument<string>("resolution") { Description = "The resolution: its number in the first collection (1, 2, …) or collection/number (wpi-congress-12/1)" };
        var command = new Command("history", "List the revisions of a resolution's original and what each changed");
        command.Arguments.Add(number);
        command.Options.Add(CliOptions.Json);
        command.SetAction(async (parse, ct) =>
        {
            var written = parse.GetValue(number);
            await using var services = await CliServices.StartAsync(parse.GetValue(CliOptions.Db), null, ct, readOnly: true);
            var first = await services.GetRequiredService<CollectionCatalog>().FirstSlugAsync(ct);
            if (!TextRef.TryParse(written, first, out var reference) || reference.Value.Clause is not null)
            {
                console.Error.WriteLine($"error: '{written}' is not a resolution: write its number (1) or collection/number (wpi-congress-12/1)");
                return 1;
            }

            var history = await services.GetRequiredService<RevisionCatalog>().HistoryAsync(reference.Value.Collection, reference.Value.Resolution, ct);
            if (history is null)
            {
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: there is no resolution {reference.Value.Resolution} in collection {reference.Value.Collection}; 'archive list' shows the resolutions"));
                return 1;
            }

            if (parse.GetValue(CliOptions.Json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(history.Select(v => new
                {
                    v.Revision,
                    v.ImportedAt,
                    v.SourceSha256,
                    Changes = v.Changes.Select(c => new { c.Clause, c.Change, c.OldText, c.NewText, c.OldPosition, c.NewPosition }),
                }), CliJson.Indented));
                return 0;
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{reference.Value}: {history.Count} revision(s)"));
            foreach (var v in history)
            {
                var counts = v.Changes.GroupBy(c => c.Change, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key}"));
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"revision {v.Revision}  {v.ImportedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z  source {v.SourceSha256[..Math.Min(12, v.SourceSha256.Length)]}  {string.Join(", ", counts)}"));
                foreach (var c in v.Changes.Where(c => v.Revision > 1 || c.Change != "added"))
                {
                    console.Out.WriteLine($"  {c.Change,-10} {c.Clause}");
                }
            }

            return 0;
        });
        return command;
    }
}
