using System.CommandLine;
using System.Text.Json;
using Archive.Core;
using Archive.Core.Citations;
using Archive.Core.Exports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Archive.Cli.Commands;

/// <summary>
/// <c>archive export --format json|akn|csv --out PATH</c>: the whole archive as one JSON bundle (read back by
/// <c>archive import FILE.json</c>), as Akoma Ntoso documents (a folder), or as CSV (one row per clause and language).
/// </summary>
internal static class ExportCommand
{
    public const string Formats = "json, akn, csv";

    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format", "-f") { Description = $"One of {Formats}", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "The file (json, csv) or the new folder (akn) to write", Required = true };
        var command = new Command("export", "Write the whole archive as open data: a JSON bundle, Akoma Ntoso XML or CSV (docs/open-data.md)");
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(async (parse, ct) =>
        {
            var chosen = parse.GetValue(format)?.Trim().ToLowerInvariant();
            var path = parse.GetValue(output)!;
            if (chosen is not ("json" or "akn" or "csv"))
            {
                console.Error.WriteLine($"error: --format '{parse.GetValue(format)}' is not one of {Formats}");
                return 1;
            }

            await using var services = await CliServices.StartAsync(parse.GetValue(CliOptions.Db), null, ct);
            var site = services.GetRequiredService<IOptions<CitationOptions>>().Value.SiteUrl;
            // Streamed from one read snapshot, a chunk of resolutions at a time: memory stays small at any archive size.
            await using var snapshot = await services.GetRequiredService<BundleExporter>().OpenAsync(site, ct);
            if (snapshot.Outline.Collections.Count == 0)
            {
                console.Error.WriteLine("error: the archive is empty: run 'archive import' first; nothing was written");
                return 1;
            }

            var written = await ExportWriters.WriteAsync(chosen, snapshot, path, ct);
            console.Out.WriteLine($"{path}: {written}");
            return 0;
        });
        return command;
    }
}
