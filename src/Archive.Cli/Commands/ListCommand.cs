using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Archive.Core.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commands;

internal static class ListCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("list", "List the resolutions: collection/number, kind, title, clause count");
        command.Options.Add(CliOptions.Json);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse.GetValue(CliOptions.Db), null, ct, readOnly: true);
            var list = await services.GetRequiredService<ResolutionCatalog>().ListAsync(ct);
            if (parse.GetValue(CliOptions.Json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(list.Select(r => new { r.Collection, r.Number, r.Kind, r.Title, r.Clauses, r.Topics }), CliJson.Indented));
                return 0;
            }

            if (list.Count == 0)
            {
                console.Error.WriteLine("the archive is empty: run 'archive import' first");
                return 0;
            }

            foreach (var r in list)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Reference,-20}  {r.Kind,-8}  {r.Clauses,3} clauses  {r.Title}"));
            }

            return 0;
        });
        return command;
    }
}
