using System.CommandLine;
using Archive.Cli.Commands;

namespace Archive.Cli;

/// <summary>The <c>archive</c> command: import, list, show, stats, search, reindex, check-content.</summary>
public static class ArchiveCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("Archive: the multilingual archive of political resolutions");
        root.Options.Add(CliOptions.Db);
        root.Subcommands.Add(ImportCommand.Create(console));
        root.Subcommands.Add(ListCommand.Create(console));
        root.Subcommands.Add(ShowCommand.Create(console));
        root.Subcommands.Add(StatsCommand.Create(console));
        root.Subcommands.Add(CheckContentCommand.Create(console));
        root.Subcommands.Add(SearchCommand.Create(console));
        root.Subcommands.Add(ReindexCommand.Create(console));
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = output, Error = error };
        return await parse.InvokeAsync(config, cancellationToken);
    }
}
