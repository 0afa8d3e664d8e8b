using System.Text.Encodings.Web;
using System.Text.Json;

namespace Archive.Cli;

/// <summary>JSON as other tools read it: camelCase, Persian left readable, one value per call.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Indented { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonSerializerOptions Compact { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
