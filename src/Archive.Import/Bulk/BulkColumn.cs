using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Archive.Core.Bulk;

/// <summary>One column of a <see cref="BulkTableShape"/>: its delimited name, whether it is the key, and how a row's value is read and stored.</summary>
internal sealed record BulkColumn(string Name, bool IsKey, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)
{
    /// <summary>The value the provider stores for <paramref name="entity"/>: the property's, through the model's value converter (enum → text).</summary>
    public object? ValueOf(object entity)
    {
        var value = Getter.GetClrValueUsingContainingEntity(entity);
        return value is null || Mapping.Converter is null ? value : Mapping.Converter.ConvertToProvider(value);
    }
}
