using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Archive.Core.Bulk;

/// <summary>
/// One entity type's table as the EF Core model maps it: the table's name, each mapped property's column, the type
/// mapping that turns its value into what the provider stores (enum as text, …) and a compiled getter. Read from the
/// model, never written by hand, so a migration that renames or adds a column changes the bulk writer with it.
/// </summary>
internal sealed class BulkTableShape
{
    private BulkTableShape(string table, string sequenceTable, IReadOnlyList<BulkColumn> columns)
    {
        Table = table;
        SequenceTable = sequenceTable;
        Columns = columns;
    }

    /// <summary>The table's name, delimited for the provider's SQL.</summary>
    public string Table { get; }

    /// <summary>The table's name as the database stores it (for its id sequence).</summary>
    public string SequenceTable { get; }

    /// <summary>The key column (<c>Id</c>), delimited.</summary>
    public string Key => Columns.Single(c => c.IsKey).Name;

    public IReadOnlyList<BulkColumn> Columns { get; }

    public static BulkTableShape Of<TEntity>(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var type = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model");
        var table = type.GetTableName() ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped to a table");
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = type.GetProperties()
            .Where(p => !p.IsShadowProperty())
            .Select(p => new BulkColumn(
                sql.DelimitIdentifier(p.GetColumnName(store) ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{p.Name} has no column in {table}")),
                p.IsPrimaryKey(),
                (RelationalTypeMapping)p.GetTypeMapping(),
                p.GetGetter()))
            .ToList();
        if (type.GetProperties().Any(p => p.IsShadowProperty()))
        {
            throw new InvalidOperationException($"{typeof(TEntity).Name} has a shadow property, which the bulk writer cannot read");
        }

        return new BulkTableShape(sql.DelimitIdentifier(table, type.GetSchema()), table, columns);
    }
}
