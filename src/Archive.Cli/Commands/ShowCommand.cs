using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Archive.Core.Catalog;
using Archive.Core.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commands;

internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var number = new Argument<string>("resolution") { Description = "The resolution: its number in the first collection (1, 2, …) or collection/number (wpi-congress-12/1)" };
        var command = new Command("show", "Show one resolution with its clauses");
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

            var r = await services.GetRequiredService<ResolutionCatalog>().GetAsync(reference.Value.Collection, reference.Value.Resolution, ct);
            if (r is null)
            {
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: there is no resolution {reference.Value.Resolution} in collection {reference.Value.Collection}; 'archive list' shows the resolutions"));
                return 1;
            }

            if (parse.GetValue(CliOptions.Json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    r.Collection,
                    r.Number,
                    r.Kind,
                    r.Title,
                    Clauses = r.Clauses.Select(c => new
                    {
                        c.Id,
                        c.Label,
                        c.Kind,
                        c.Text,
                        Translations = c.Translations.ToDictionary(t => t.Key, t => new { t.Value.Text, t.Value.Status }, StringComparer.Ordinal),
                    }),
                    r.Topics,
                }, CliJson.Indented));
                return 0;
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Reference} {r.Heading}"));
            foreach (var c in r.Clauses)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{c.Id}] {(c.Label.Length > 0 ? c.Label + "- " : string.Empty)}{c.Text}"));
            }

            return 0;
        });
        return command;
    }
}
