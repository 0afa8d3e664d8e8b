using System.Data.Common;
using System.Globalization;
using Npgsql;

namespace Archive.Core.Bulk;

/// <summary>
/// A <see cref="BulkTable"/> on PostgreSQL: each flush is one binary COPY (<see cref="NpgsqlBinaryImporter"/>) on the
/// import's connection, inside its transaction, each value written as the column's store type. Ids come from the
/// table's identity sequence (one <c>nextval</c> reserves the first), which <see cref="CloseAsync"/> sets past the last.
/// </summary>
internal sealed class PostgresBulkTable : BulkTable
{
    private readonly NpgsqlConnection _connection;
    private readonly string _sequence;
    private readonly string _copy;

    private PostgresBulkTable(BulkTableShape shape, long firstId, NpgsqlConnection connection, string sequence)
        : base(shape, firstId)
    {
        (_connection, _sequence) = (connection, sequence);
        _copy = $"COPY {shape.Table} ({string.Join(", ", shape.Columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";
    }

    public static async Task<PostgresBulkTable> CreateAsync(BulkTableShape shape, DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var npgsql = (NpgsqlConnection)connection;
        await using var find = new NpgsqlCommand("SELECT pg_get_serial_sequence(@table, @column)", npgsql);
        find.Parameters.AddWithValue("table", shape.Table);
        find.Parameters.AddWithValue("column", shape.Key.Trim('"'));
        var sequence = await find.ExecuteScalarAsync(cancellationToken) as string
            ?? throw new InvalidOperationException($"{shape.Table}.{shape.Key} has no identity sequence");
        await using var next = new NpgsqlCommand("SELECT nextval(@sequence::regclass)", npgsql);
        next.Parameters.AddWithValue("sequence", sequence);
        var firstId = Convert.ToInt64(await next.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        return new PostgresBulkTable(shape, firstId, npgsql, sequence);
    }

    public override async Task CloseAsync(CancellationToken cancellationToken)
    {
        await using var set = new NpgsqlCommand("SELECT setval(@sequence::regclass, @next, false)", _connection);
        set.Parameters.AddWithValue("sequence", _sequence);
        set.Parameters.AddWithValue("next", NextId);
        await set.ExecuteScalarAsync(cancellationToken);
    }

    protected override async Task WriteAsync(IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        var columns = Shape.Columns;
        await using var importer = await _connection.BeginBinaryImportAsync(_copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                if (column.ValueOf(row) is { } value)
                {
                    await importer.WriteAsync(value, column.Mapping.StoreTypeNameBase, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }
}
