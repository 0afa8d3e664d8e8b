using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Archive.Core.Import;

/// <summary>Reads the YAML front matter of a Markdown file (a translation, a structured seed), which starts on the file's line 2.</summary>
public static class FrontMatter
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>The front matter read, an empty one for no YAML, or null with an error naming the line.</summary>
    public static T? Read<T>(string yaml, string file, List<ImportDiagnostic> diagnostics)
        where T : class, new()
    {
        try
        {
            return Yaml.Deserialize<T?>(yaml) ?? new T();
        }
        catch (YamlException ex)
        {
            diagnostics.Add(ImportDiagnostic.Error(file, (int)ex.Start.Line + 1, "malformed front matter: " + ex.Message));
            return null;
        }
    }
}
