using System.CommandLine;
using Archive.Cli.Commands;
using Archive.Core;

namespace Archive.Cli;

/// <summary>The <c>archive</c> command: import, list, show, history, stats, search, reindex, check-content, cite, export.</summary>
public static class ArchiveCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        var console = new CliConsole(output, error);
        var root = new RootCommand("Archive: the multilingual archive of political resolutions");
        root.Options.Add(CliOptions.Db);
        root.Options.Add(CliOptions.Debug);
        root.Subcommands.Add(ImportCommand.Create(console));
        root.Subcommands.Add(ListCommand.Create(console));
        root.Subcommands.Add(ShowCommand.Create(console));
        root.Subcommands.Add(HistoryCommand.Create(console));
        root.Subcommands.Add(StatsCommand.Create(console));
        root.Subcommands.Add(CheckContentCommand.Create(console));
        root.Subcommands.Add(SearchCommand.Create(console));
        root.Subcommands.Add(ReindexCommand.Create(console));
        root.Subcommands.Add(CiteCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(config, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // One line naming what failed and what to do; the stack trace only when --debug (or ARCHIVE_DEBUG=1) asks for it.
            var debug = parse.GetValue(CliOptions.Debug) || ArchiveFaultException.DebugRequested;
            await error.WriteLineAsync("error: " + (debug ? ex.ToString()
                : ex is ArchiveFaultException ? ex.Message
                : $"the command stopped on an unexpected {ex.GetType().Name}: {ex.Message.TrimEnd('.')} (--debug shows where)"));
            return 1;
        }
    }
}
