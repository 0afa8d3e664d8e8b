using System.Text.Encodings.Web;
using System.Text.Json;

namespace Archive.Core.Exports;

/// <summary>How a bundle is written: camelCase JSON, indented, Persian left readable.</summary>
public static class BundleJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };
}
