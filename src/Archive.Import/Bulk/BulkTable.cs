namespace Archive.Core.Bulk;

/// <summary>
/// Rows of one table written without EF Core's change tracker, inside the import's transaction: entities are held until
/// <see cref="FlushAsync"/> writes them (a provider's fastest way: prepared INSERTs on SQLite, binary COPY on PostgreSQL),
/// and each gets the next id of the table's sequence as it is added, so children can point at it before it is written.
/// </summary>
internal abstract class BulkTable(BulkTableShape shape, long firstId) : IAsyncDisposable
{
    private readonly List<object> _rows = [];
    private long _nextId = firstId;

    public BulkTableShape Shape => shape;

    /// <summary>Rows added and not yet written.</summary>
    public int Pending => _rows.Count;

    /// <summary>The id the next row will get.</summary>
    protected long NextId => _nextId;

    /// <summary>Adds a row and returns the id it must carry (the caller sets it on the entity).</summary>
    public int Add(object entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _rows.Add(entity);
        return checked((int)_nextId++);
    }

    /// <summary>Writes the rows added since the last flush.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_rows.Count == 0)
        {
            return;
        }

        await WriteAsync(_rows, cancellationToken);
        _rows.Clear();
    }

    /// <summary>Moves the table's id sequence past the ids given (call after the last flush).</summary>
    public abstract Task CloseAsync(CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    protected abstract Task WriteAsync(IReadOnlyList<object> rows, CancellationToken cancellationToken);
}
