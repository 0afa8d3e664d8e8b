using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Archive.Core.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commands;

internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var number = new Argument<int>("number") { Description = "The resolution's number (1, 2, …)" };
        var command = new Command("show", "Show one resolution with its clauses");
        command.Arguments.Add(number);
        command.Options.Add(CliOptions.Json);
        command.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(number);
            await using var services = await CliServices.StartAsync(parse.GetValue(CliOptions.Db), null, ct, readOnly: true);
            var r = await services.GetRequiredService<ResolutionCatalog>().GetAsync(n, ct);
            if (r is null)
            {
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: there is no resolution {n}; 'archive list' shows the numbers"));
                return 1;
            }

            if (parse.GetValue(CliOptions.Json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(new
                {
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

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Number}. {r.Heading}"));
            foreach (var c in r.Clauses)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{c.Id}] {(c.Label.Length > 0 ? c.Label + "- " : string.Empty)}{c.Text}"));
            }

            return 0;
        });
        return command;
    }
}
