using System.CommandLine;
using System.Globalization;
using Archive.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commands;

internal static class ReindexCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("reindex", "Rebuild the search index from the database");
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse.GetValue(CliOptions.Db), null, ct);
            var count = await services.GetRequiredService<SearchIndex>().RebuildAsync(ct);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"indexed {count} documents (titles and clauses)"));
            return 0;
        });
        return command;
    }
}
