using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Archive.Core.Content;
using Archive.Core.Search.Analysis;

namespace Archive.Core.Search.Expansion;

/// <summary>
/// Finds, at index time, the concepts a document's texts name: a text in a language names a concept when it holds one of
/// the concept's labels in that language exactly as the label's query would match it (the label's words as the query
/// analyzer makes them, in order, at the positions the index analyzer gives the text; in Persian also the label's pair
/// terms and its ezafe form). Each match is one term of the language's <see cref="SearchFields.Concept"/> field, so a
/// text that names a concept twice holds it twice. Query expansion then searches one term per concept and language instead of every label.
/// </summary>
public sealed class ConceptStamper
{
    /// <summary>Bumped when the matching rules change: it is part of <see cref="Fingerprint"/>.</summary>
    public const string MatchingVersion = "concepts-1";

    private readonly AnalyzerRegistry _analyzers;
    private readonly Dictionary<(string Language, string First), List<LabelPattern>> _byFirstTerm = [];
    private readonly HashSet<string> _languages = new(StringComparer.Ordinal);
    private readonly HashSet<string> _added = new(StringComparer.Ordinal);

    public ConceptStamper(IReadOnlyList<VocabularyConcept> concepts, AnalyzerRegistry analyzers)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        _analyzers = analyzers;
        foreach (var concept in concepts)
        {
            foreach (var (language, labels) in concept.Labels)
            {
                foreach (var label in labels.All.Distinct(StringComparer.Ordinal))
                {
                    foreach (var pattern in Patterns(language, label))
                    {
                        Add(language, pattern with { Concept = concept.Id });
                    }
                }
            }
        }

        Fingerprint = Hash(concepts);
    }

    /// <summary>Names the vocabulary's labels and the matching rules: an index stamped under another fingerprint is stale.</summary>
    public string Fingerprint { get; }

    /// <summary>The concepts each of a document's texts (language code → text) names, one id per label match, in text order.</summary>
    public IReadOnlyList<StampedConcepts> Stamp(IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var stamped = new List<StampedConcepts>();
        foreach (var (language, text) in texts.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (!string.IsNullOrEmpty(text) && _languages.Contains(language)
                && Stamp(language, TokenStreams.Analyze(_analyzers.ForIndex(language), SearchFields.Text(language), text)) is { } found)
            {
                stamped.Add(found);
            }
        }

        return stamped;
    }

    /// <summary>
    /// The concepts a text in <paramref name="language"/> names, from the tokens the language's index analyzer made of it
    /// (pair and surface terms included); null when it names none.
    /// </summary>
    public StampedConcepts? Stamp(string language, IReadOnlyList<AnalyzedToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (!_languages.Contains(language))
        {
            return null;
        }

        var positions = new TokenPositions(tokens);
        var concepts = new List<string>();
        for (var p = 0; p < positions.Count; p++)
        {
            foreach (var term in positions.At(p))
            {
                if (_byFirstTerm.TryGetValue((language, term), out var patterns))
                {
                    foreach (var pattern in patterns)
                    {
                        if (pattern.MatchesAt(positions, p))
                        {
                            concepts.Add(pattern.Concept);
                        }
                    }
                }
            }
        }

        return concepts.Count > 0 ? new StampedConcepts(language, concepts, positions.Words) : null;
    }

    /// <summary>What the query of the label (see <see cref="Queries.LuceneQueryBuilder"/>) matches: its phrase, and in Persian its pair terms and ezafe form.</summary>
    private IEnumerable<LabelPattern> Patterns(string language, string label)
    {
        var field = SearchFields.Text(language);
        var words = TokenStreams.Analyze(_analyzers.ForQuery(language), field, label).Where(t => !PersianLightStemFilter.IsSurface(t.Term)).ToList();
        if (words.Count == 0)
        {
            yield break;
        }

        var terms = new List<string>();
        var offsets = new List<int>();
        var position = -1;
        foreach (var word in words)
        {
            position += Math.Max(word.PositionIncrement, 0);
            if (word.PositionIncrement == 0 && position >= 0)
            {
                continue; // as the phrase query does: synonyms at one position, the first counts
            }

            terms.Add(word.Term);
            offsets.Add(Math.Max(position, 0));
        }

        yield return new LabelPattern(string.Empty, [.. terms], [.. offsets.Select(o => o - offsets[0])]);
        var rules = _analyzers.Rules(language);
        if (!rules.HasSearchChain)
        {
            yield break;
        }

        if (words.Count == 1 && rules.EzafeForm(words[0].Term) is { } ezafe)
        {
            yield return new LabelPattern(string.Empty, [ezafe], [0]);
        }

        var pairs = TokenStreams.Analyze(_analyzers.ForIndex(language), field, label)
            .Where(t => t.PositionIncrement == 0 && !PersianLightStemFilter.IsSurface(t.Term)).Select(t => t.Term).Distinct(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            yield return new LabelPattern(string.Empty, [pair], [0]);
        }
    }

    private void Add(string language, LabelPattern pattern)
    {
        if (!_added.Add(string.Join('\u001f', language, pattern.Concept, string.Join(' ', pattern.Terms), string.Join(' ', pattern.Offsets))))
        {
            return;
        }

        _languages.Add(language);
        if (!_byFirstTerm.TryGetValue((language, pattern.Terms[0]), out var list))
        {
            list = [];
            _byFirstTerm[(language, pattern.Terms[0])] = list;
        }

        list.Add(pattern);
    }

    private static string Hash(IReadOnlyList<VocabularyConcept> concepts)
    {
        var text = new StringBuilder(MatchingVersion);
        foreach (var concept in concepts.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            text.Append('\n').Append(concept.Id);
            foreach (var (language, labels) in concept.Labels.OrderBy(l => l.Key, StringComparer.Ordinal))
            {
                text.Append('\u001f').Append(language).Append('\u001e').AppendJoin('\u001e', labels.All);
            }
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return MatchingVersion + "-" + Convert.ToHexString(hash, 0, 8).ToLower(CultureInfo.InvariantCulture);
    }
}
