using System.Data.Common;
using System.Globalization;

namespace Archive.Core.Bulk;

/// <summary>
/// A <see cref="BulkTable"/> on SQLite: one prepared INSERT on the import's connection and transaction, its parameters
/// made by the model's type mappings (as EF Core makes them), reused for every row. Ids are given explicitly from past
/// the larger of the table's highest id and its AUTOINCREMENT counter, which SQLite then moves on by itself.
/// </summary>
internal sealed class SqliteBulkTable : BulkTable
{
    private readonly DbCommand _insert;

    private SqliteBulkTable(BulkTableShape shape, long firstId, DbCommand insert)
        : base(shape, firstId) => _insert = insert;

    public static async Task<SqliteBulkTable> CreateAsync(BulkTableShape shape, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(connection);
        await using var last = connection.CreateCommand();
        last.Transaction = transaction;
        last.CommandText = $"SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = $table), 0), coalesce((SELECT max({shape.Key}) FROM {shape.Table}), 0))";
        var table = last.CreateParameter();
        (table.ParameterName, table.Value) = ("$table", shape.SequenceTable);
        last.Parameters.Add(table);
        var firstId = Convert.ToInt64(await last.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) + 1;

        var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        var names = shape.Columns.Select((c, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        insert.CommandText = $"INSERT INTO {shape.Table} ({string.Join(", ", shape.Columns.Select(c => c.Name))}) VALUES ({string.Join(", ", names)})";
        for (var i = 0; i < shape.Columns.Count; i++)
        {
            insert.Parameters.Add(shape.Columns[i].Mapping.CreateParameter(insert, names[i], null, nullable: true));
        }

        await insert.PrepareAsync(cancellationToken);
        return new SqliteBulkTable(shape, firstId, insert);
    }

    public override Task CloseAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override async ValueTask DisposeAsync()
    {
        await _insert.DisposeAsync();
        await base.DisposeAsync();
    }

    protected override async Task WriteAsync(IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        var columns = Shape.Columns;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                _insert.Parameters[i].Value = columns[i].ValueOf(row) ?? DBNull.Value;
            }

            await _insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
