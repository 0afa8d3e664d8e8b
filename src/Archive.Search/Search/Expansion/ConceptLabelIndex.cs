using Archive.Core.Content;
using Archive.Core.Search.Analysis;

namespace Archive.Core.Search.Expansion;

/// <summary>
/// Every label of every concept, keyed by <see cref="LabelKey"/>: by the analysed words in the label's own language
/// (when that language is searched) and by the neutral key. <see cref="Find"/> says which concepts a text names.
/// </summary>
public sealed class ConceptLabelIndex
{
    private const string NeutralTable = "*";

    private readonly Dictionary<(string Table, string Key), List<VocabularyConcept>> _byKey = [];
    private readonly AnalyzerRegistry _analyzers;
    private readonly IReadOnlyList<string> _languages;

    public ConceptLabelIndex(IEnumerable<VocabularyConcept> concepts, AnalyzerRegistry analyzers, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        ArgumentNullException.ThrowIfNull(languages);
        _analyzers = analyzers;
        _languages = languages;
        foreach (var concept in concepts)
        {
            foreach (var (language, labels) in concept.Labels)
            {
                foreach (var label in labels.All)
                {
                    Add(NeutralTable, LabelKey.Neutral(label), concept);
                    if (languages.Contains(language, StringComparer.Ordinal))
                    {
                        Add(language, LabelKey.Analysed(analyzers, language, label), concept);
                        Add(language, string.Join(' ', label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => LabelKey.Analysed(analyzers, language, w)).Where(k => k.Length > 0)), concept);
                    }

                    LongestLabel = Math.Max(LongestLabel, label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
                }
            }
        }
    }

    /// <summary>The most words any label has: longer spans of a query cannot name a concept.</summary>
    public int LongestLabel { get; }

    public bool IsEmpty => _byKey.Count == 0;

    /// <summary>The keys of one typed word in every table, computed once per query (a span's key joins its words' keys).</summary>
    public IReadOnlyDictionary<string, string> KeysOf(string word)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal) { [NeutralTable] = LabelKey.Neutral(word) };
        foreach (var language in _languages)
        {
            keys[language] = LabelKey.Analysed(_analyzers, language, word);
        }

        return keys;
    }

    /// <summary>The concepts one of whose labels is the span of words whose <see cref="KeysOf"/> are given, read in any searched language or neutrally.</summary>
    public IReadOnlyList<VocabularyConcept> Find(IEnumerable<IReadOnlyDictionary<string, string>> span)
    {
        ArgumentNullException.ThrowIfNull(span);
        var words = span.ToList();
        var found = new List<VocabularyConcept>();
        foreach (var table in _languages.Prepend(NeutralTable))
        {
            var key = string.Join(' ', words.Select(w => w[table]).Where(k => k.Length > 0));
            if (key.Length > 0 && _byKey.TryGetValue((table, key), out var concepts))
            {
                found.AddRange(concepts.Where(c => !found.Contains(c)));
            }
        }

        return found;
    }

    /// <summary>The concepts one of whose labels is <paramref name="text"/>.</summary>
    public IReadOnlyList<VocabularyConcept> Find(string text) => Find([KeysOf(text)]);

    private void Add(string table, string key, VocabularyConcept concept)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!_byKey.TryGetValue((table, key), out var list))
        {
            list = [];
            _byKey[(table, key)] = list;
        }

        if (!list.Contains(concept))
        {
            list.Add(concept);
        }
    }
}
