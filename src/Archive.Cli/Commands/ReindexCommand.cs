using System.CommandLine;
using System.Globalization;
using Archive.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commands;

internal static class ReindexCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("reindex", "Rebuild the search index from the database (refused while a running site owns the index)");
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse.GetValue(CliOptions.Db), null, ct);
            var index = services.GetRequiredService<SearchIndex>();
            if (await index.RebuildAsync(ct))
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"indexed {index.Documents} documents (titles and clauses)"));
                return 0;
            }

            console.Error.WriteLine(index.Problem == SearchIndexProblem.OwnedElsewhere
                ? $"error: not reindexed: another process owns the search index {index.Folder} (a running site, which rebuilds it itself whenever the database changes); stop it first to rebuild the index by hand"
                : "error: not reindexed: " + index.ProblemMessage);
            return 1;
        });
        return command;
    }
}
