using System.Collections.Concurrent;
using Archive.Core.Content;
using Archive.Core.Import;
using Archive.Core.Search.Analysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Search.Expansion;

/// <summary>
/// The concepts of <c>content/vocabulary.yml</c> as search uses them, read once on first use. A missing file gives an
/// empty vocabulary (search then expands nothing); a file with errors is logged and its readable concepts are used.
/// </summary>
public sealed class SearchVocabulary
{
    public const string FileName = "vocabulary.yml";

    private readonly Lazy<IReadOnlyList<VocabularyConcept>> _concepts;
    private readonly ConcurrentDictionary<string, ConceptLabelIndex> _indexes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConceptQueries> _queries = new(StringComparer.Ordinal);
    private readonly AnalyzerRegistry _analyzers;

    public SearchVocabulary(ArchiveLocations locations, AnalyzerRegistry analyzers, ILogger<SearchVocabulary>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(locations);
        _analyzers = analyzers;
        var log = logger ?? (ILogger)NullLogger.Instance;
        _concepts = new(() => Read(Path.Combine(locations.ContentDirectory, FileName), locations.Display, log));
    }

    /// <summary>A vocabulary of the given concepts (tests).</summary>
    public SearchVocabulary(IReadOnlyList<VocabularyConcept> concepts, AnalyzerRegistry analyzers)
    {
        _analyzers = analyzers;
        _concepts = new(() => concepts);
    }

    public IReadOnlyList<VocabularyConcept> Concepts => _concepts.Value;

    /// <summary>The labels of every concept keyed for lookup in the given index languages (built once per language set).</summary>
    public ConceptLabelIndex Labels(IReadOnlyList<string> languages) =>
        _indexes.GetOrAdd(string.Join(",", languages), _ => new ConceptLabelIndex(Concepts, _analyzers, languages));

    /// <summary>The concepts' queries over the given index languages (each built once, on first use).</summary>
    public ConceptQueries Queries(IReadOnlyList<string> languages) =>
        _queries.GetOrAdd(string.Join(",", languages), _ => new ConceptQueries(Concepts, _analyzers, languages));

    private static IReadOnlyList<VocabularyConcept> Read(string path, Func<string, string> display, ILogger log)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var diagnostics = new List<ImportDiagnostic>();
        var concepts = VocabularyReader.Parse(File.ReadAllText(path), display(path), diagnostics);
        foreach (var d in diagnostics)
        {
            log.LogWarning("Vocabulary: {Diagnostic}", d.ToString());
        }

        return concepts;
    }
}
