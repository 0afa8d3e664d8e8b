using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Archive.Core.Storage;

/// <summary>
/// The test hook behind <see cref="ArchiveOptions.TestPauseInMigrationSeconds"/>: pauses once, before the first
/// statement that creates one of the archive's tables, while the process holds the setup lock and EF Core's
/// <c>__EFMigrationsLock</c> row; it says so on standard error, so a test knows when to kill the process.
/// </summary>
internal sealed class MigrationPause(TimeSpan pause) : DbCommandInterceptor
{
    private int _paused;

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains("CREATE TABLE \"", StringComparison.Ordinal)
            && !command.CommandText.Contains("\"__EF", StringComparison.Ordinal)
            && Interlocked.Exchange(ref _paused, 1) == 0)
        {
            await Console.Error.WriteLineAsync($"test hook: pausing {pause.TotalSeconds:0} s inside the migration, holding the migration lock");
            await Console.Error.FlushAsync(cancellationToken);
            await Task.Delay(pause, cancellationToken);
        }

        return await base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
