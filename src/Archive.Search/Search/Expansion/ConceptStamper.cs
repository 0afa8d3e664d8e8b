using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Archive.Core.Content;
using Archive.Core.Search.Analysis;

namespace Archive.Core.Search.Expansion;

/// <summary>
/// Finds, at index time, the concepts a document's texts name: a text in a language names a concept when it holds a whole
/// label of the concept in that language exactly as the label's query would match it (<see cref="LabelPatterns"/>: the
/// label's words as the query analyzer makes them, in order, at the positions the index analyzer gives the text; in
/// Persian also spellings that join adjacent words, and a one-word label's ezafe form), never only some of its words.
/// Each mention is one term of the language's <see cref="SearchFields.Concept"/> field (overlapping labels of one concept
/// at one place count once), so a text that names a concept twice holds it twice. Query expansion then searches one term
/// per concept and language instead of every label.
/// </summary>
public sealed class ConceptStamper
{
    /// <summary>Bumped when the matching rules change: it is part of <see cref="Fingerprint"/>.</summary>
    public const string MatchingVersion = "concepts-2";

    private readonly AnalyzerRegistry _analyzers;
    /// <summary>While the stamper is built: each language's patterns by the term they may start with.</summary>
    private readonly Dictionary<string, Dictionary<string, List<(LabelPattern Pattern, bool Joined)>>> _building = new(StringComparer.Ordinal);

    /// <summary>The same, frozen: what every token of every text is looked up in (one ordinal lookup a token).</summary>
    private readonly FrozenDictionary<string, FrozenDictionary<string, (LabelPattern Pattern, bool Joined)[]>> _byFirstTerm;
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
                    foreach (var pattern in LabelPatterns.Of(analyzers, language, label))
                    {
                        Add(language, pattern with { Concept = concept.Id });
                    }
                }
            }
        }

        _byFirstTerm = _building.ToFrozenDictionary(
            byLanguage => byLanguage.Key,
            byLanguage => byLanguage.Value.ToFrozenDictionary(byTerm => byTerm.Key, byTerm => byTerm.Value.ToArray(), StringComparer.Ordinal),
            StringComparer.Ordinal);
        _building.Clear();
        _added.Clear();
        Fingerprint = Hash(concepts);
    }

    /// <summary>Names the vocabulary's labels and the matching rules: an index stamped under another fingerprint is stale.</summary>
    public string Fingerprint { get; }

    /// <summary>The concepts each of a document's texts (language code → text) names, one id per mention, in text order.</summary>
    public IReadOnlyList<StampedConcepts> Stamp(IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var stamped = new List<StampedConcepts>();
        foreach (var (language, text) in texts.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (!string.IsNullOrEmpty(text) && _byFirstTerm.ContainsKey(language)
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
        if (!_byFirstTerm.TryGetValue(language, out var byFirstTerm))
        {
            return null;
        }

        var positions = new TokenPositions(tokens);
        var matches = new List<(int Start, int End, string Concept)>();
        for (var p = 0; p < positions.Count; p++)
        {
            foreach (var term in positions.At(p))
            {
                if (!byFirstTerm.TryGetValue(term, out var patterns))
                {
                    continue;
                }

                foreach (var (pattern, joined) in patterns)
                {
                    if (pattern.MatchEnd(positions, p, joined) is var end and >= 0)
                    {
                        matches.Add((p, end, pattern.Concept));
                    }
                }
            }
        }

        return Mentions(matches) is { Count: > 0 } concepts ? new StampedConcepts(language, concepts, positions.Words) : null;
    }

    /// <summary>
    /// The concepts of the label matches (start and end position, concept), one per mention, in text order: of the matches
    /// of one concept that overlap (a phrase and its joined spelling at one place, a label inside a longer one) the first
    /// and longest counts once.
    /// </summary>
    private static List<string> Mentions(List<(int Start, int End, string Concept)> matches)
    {
        var concepts = new List<string>();
        if (matches.Count == 0)
        {
            return concepts;
        }

        matches.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var mentionEnds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (start, end, concept) in matches)
        {
            if (start >= mentionEnds.GetValueOrDefault(concept))
            {
                concepts.Add(concept);
                mentionEnds[concept] = end;
            }
        }

        return concepts;
    }

    private void Add(string language, LabelPattern pattern)
    {
        if (!_added.Add(string.Join('\u001f', language, pattern.Concept, string.Join(' ', pattern.Terms), string.Join(' ', pattern.Offsets), string.Join(' ', pattern.Pairs))))
        {
            return;
        }

        if (!_building.TryGetValue(language, out var byFirstTerm))
        {
            byFirstTerm = new Dictionary<string, List<(LabelPattern Pattern, bool Joined)>>(StringComparer.Ordinal);
            _building[language] = byFirstTerm;
        }

        foreach (var (term, joined) in pattern.Starts)
        {
            if (!byFirstTerm.TryGetValue(term, out var list))
            {
                list = [];
                byFirstTerm[term] = list;
            }

            list.Add((pattern, joined));
        }
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
