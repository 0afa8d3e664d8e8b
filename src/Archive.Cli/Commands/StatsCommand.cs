using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Archive.Core.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commands;

internal static class StatsCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("stats", "Count documents, resolutions, clauses, topics and translations");
        command.Options.Add(CliOptions.Json);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse.GetValue(CliOptions.Db), null, ct, readOnly: true);
            var s = await services.GetRequiredService<ResolutionCatalog>().StatsAsync(ct);
            if (parse.GetValue(CliOptions.Json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(s, CliJson.Indented));
                return 0;
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"documents {s.Documents}, resolutions {s.Resolutions}, clauses {s.Clauses}, topics {s.Topics}, generation {s.Generation}"));
            foreach (var (language, count) in s.TranslatedClauses)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"translated into {language}: {count} of {s.Clauses} clauses"));
            }

            return 0;
        });
        return command;
    }
}
