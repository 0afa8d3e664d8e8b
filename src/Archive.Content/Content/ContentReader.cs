using Archive.Core.Import;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Archive.Core.Content;

/// <summary>Reads content/ (languages.yml, topics.yml, glossary.yml, vocabulary.yml when present, translations/LANG/NN.md). Reads only.</summary>
public sealed class ContentReader(ContentLocation location)
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public async Task<ContentSet> ReadAsync(string? contentDirectory, List<ImportDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = contentDirectory ?? location.Directory;
        if (!Directory.Exists(root))
        {
            return ContentSet.Empty;
        }

        var languages = await ReadYamlAsync<List<LanguageEntry>>(Path.Combine(root, "languages.yml"), diagnostics, cancellationToken) ?? [];
        var topics = await ReadYamlAsync<List<TopicEntry>>(Path.Combine(root, "topics.yml"), diagnostics, cancellationToken) ?? [];
        var glossary = await ReadYamlAsync<List<GlossaryEntry>>(Path.Combine(root, "glossary.yml"), diagnostics, cancellationToken) ?? [];
        var files = new List<TranslationFile>();
        var translations = Path.Combine(root, "translations");
        if (Directory.Exists(translations))
        {
            foreach (var path in Directory.GetFiles(translations, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var display = location.Display(path);
                var text = await File.ReadAllTextAsync(path, cancellationToken);
                files.Add(TranslationFileParser.Parse(text, display, diagnostics));
            }
        }

        var vocabularyPath = Path.Combine(root, "vocabulary.yml");
        var vocabulary = File.Exists(vocabularyPath)
            ? VocabularyReader.Parse(await File.ReadAllTextAsync(vocabularyPath, cancellationToken), location.Display(vocabularyPath), diagnostics)
            : null;
        return new ContentSet(languages, topics, glossary, files) { Vocabulary = vocabulary };
    }

    private async Task<T?> ReadYamlAsync<T>(string path, List<ImportDiagnostic> diagnostics, CancellationToken cancellationToken)
        where T : class
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return Yaml.Deserialize<T?>(await File.ReadAllTextAsync(path, cancellationToken));
        }
        catch (YamlException ex)
        {
            diagnostics.Add(ImportDiagnostic.Error(location.Display(path), (int)ex.Start.Line, "malformed YAML: " + ex.Message));
            return null;
        }
    }
}
