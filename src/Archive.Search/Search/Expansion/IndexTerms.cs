using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace Archive.Core.Search.Expansion;

/// <summary>What the open index knows: whether a field holds a term, and the nearest terms by edit distance.</summary>
public sealed class IndexTerms(IndexReader reader)
{
    /// <summary>The most edits a nearest-word lookup allows: Lucene's Levenshtein automata go up to two.</summary>
    public const int MaxEdits = LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE;

    public bool Contains(string field, string term) => term.Length > 0 && reader.DocFreq(new Term(field, term)) > 0;

    /// <summary>
    /// The term of <paramref name="field"/> nearest to <paramref name="term"/> within <paramref name="maxEdits"/>
    /// (Levenshtein, at most <see cref="MaxEdits"/>), the more frequent first on a tie; null when there is none. The term
    /// dictionary is intersected with a Levenshtein automaton, so only the terms within reach are visited, never the whole
    /// dictionary.
    /// </summary>
    public (string Term, int Distance)? Nearest(string field, string term, int maxEdits)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null || term.Length == 0)
        {
            return null;
        }

        var edits = Math.Clamp(maxEdits, 1, MaxEdits);
        (string Term, int Distance, int Frequency)? best = null;
        var e = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, term), edits, 0, false);
        while (e.MoveNext())
        {
            var candidate = e.Term.Utf8ToString();
            if (candidate.StartsWith('='))
            {
                continue;
            }

            var distance = EditDistance.Levenshtein(term, candidate, edits);
            if (distance > 0 && distance <= edits
                && (best is null || distance < best.Value.Distance || (distance == best.Value.Distance && e.DocFreq > best.Value.Frequency)))
            {
                best = (candidate, distance, e.DocFreq);
            }
        }

        return best is { } b ? (b.Term, b.Distance) : null;
    }
}
