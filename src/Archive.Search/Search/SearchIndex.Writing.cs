namespace Archive.Core.Search;

/// <summary>Running a write on the index's writer, and giving the writer up when a write fails: the last commit stays what it was.</summary>
public sealed partial class SearchIndex
{
    /// <summary>Runs <paramref name="write"/> on the writer; on a fault rolls back to the last commit and serves it read-only.</summary>
    private bool TryWrite(Action write) => TryWriteAsync(() =>
    {
        write();
        return Task.CompletedTask;
    }).GetAwaiter().GetResult();

    /// <summary>
    /// Runs <paramref name="write"/> on the writer; on a write fault rolls back to the last commit and serves it
    /// read-only. Any other failure on the way (the database read of a rebuild, a cancellation) rolls back too, so that
    /// no later commit publishes a half-written index, and is thrown on.
    /// </summary>
    private async Task<bool> TryWriteAsync(Func<Task> write)
    {
        try
        {
            await write();
            return true;
        }
        catch (Exception ex) when (IsWriteFault(ex) || ex is IOException or ObjectDisposedException)
        {
            Fail(ex);
            GiveUpWriter();
            return false;
        }
        catch
        {
            GiveUpWriter();
            throw;
        }
    }

    /// <summary>Rolls the writer back to the last commit, drops it (the next update opens another) and serves that commit read-only.</summary>
    private void GiveUpWriter()
    {
        try
        {
            _writer?.Rollback();
        }
        catch (Exception rollback) when (rollback is IOException or ObjectDisposedException or UnauthorizedAccessException)
        {
            // the last commit stays what it was; the writer is given up either way
        }

        _writer = null;
        if (_searchersFromWriter)
        {
            DropSearchers();
        }

        ServeReadOnly();
    }
}
