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
    private readonly Lazy<ConceptStamper> _stamper;
    private readonly Lazy<Dictionary<string, VocabularyConcept>> _byId;
    private readonly ConcurrentDictionary<string, List<string>> _topics = new(StringComparer.Ordinal);

    public SearchVocabulary(ArchiveLocations locations, AnalyzerRegistry analyzers, ILogger<SearchVocabulary>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(locations);
        _analyzers = analyzers;
        var log = logger ?? (ILogger)NullLogger.Instance;
        _concepts = new(() => Read(Path.Combine(locations.ContentDirectory, FileName), locations.Display, log));
        _stamper = new(() => new ConceptStamper(Concepts, _analyzers));
        _byId = new(() => Concepts.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
    }

    /// <summary>A vocabulary of the given concepts (tests).</summary>
    public SearchVocabulary(IReadOnlyList<VocabularyConcept> concepts, AnalyzerRegistry analyzers)
    {
        _analyzers = analyzers;
        _concepts = new(() => concepts);
        _stamper = new(() => new ConceptStamper(Concepts, _analyzers));
        _byId = new(() => Concepts.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
    }

    public IReadOnlyList<VocabularyConcept> Concepts => _concepts.Value;

    /// <summary>What stamps each indexed document with the concepts its texts name (built once).</summary>
    public ConceptStamper Stamper => _stamper.Value;

    /// <summary>The labels of every concept keyed for lookup in the given index languages (built once per language set).</summary>
    public ConceptLabelIndex Labels(IReadOnlyList<string> languages) =>
        _indexes.GetOrAdd(string.Join(",", languages), _ => new ConceptLabelIndex(Concepts, _analyzers, languages));

    /// <summary>The concepts' queries over the given index languages (each built once, on first use).</summary>
    public ConceptQueries Queries(IReadOnlyList<string> languages) =>
        _queries.GetOrAdd(string.Join(",", languages), _ => new ConceptQueries(Concepts, _analyzers, languages));

    /// <summary>
    /// The topics <paramref name="concepts"/> are or belong to (through their broader concepts): where the concept is the
    /// subject of a resolution, the resolution is filed under them, so it ranks above one that names it in passing.
    /// </summary>
    public IReadOnlyList<string> Subjects(IReadOnlyList<VocabularyConcept> concepts)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        return [.. concepts.SelectMany(c => _topics.GetOrAdd(c.Id, _ => TopicsOf(c))).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The topics a concept is, or belongs to through its broader concepts (any number of levels).</summary>
    private List<string> TopicsOf(VocabularyConcept concept)
    {
        var byId = _byId.Value;
        var topics = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([concept.Id]);
        while (pending.TryPop(out var id))
        {
            if (!seen.Add(id) || !byId.TryGetValue(id, out var c))
            {
                continue;
            }

            if (c.Kind == "topic")
            {
                topics.Add(c.Id);
            }

            c.Broader.ToList().ForEach(pending.Push);
        }

        return topics;
    }

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
