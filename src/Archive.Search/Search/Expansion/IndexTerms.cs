using Lucene.Net.Index;

namespace Archive.Core.Search.Expansion;

/// <summary>What the open index knows: whether a field holds a term, and the nearest terms by edit distance.</summary>
public sealed class IndexTerms(IndexReader reader)
{
    public bool Contains(string field, string term) => term.Length > 0 && reader.DocFreq(new Term(field, term)) > 0;

    /// <summary>
    /// The term of <paramref name="field"/> nearest to <paramref name="term"/> within <paramref name="maxEdits"/>
    /// (Levenshtein), the more frequent first on a tie; null when there is none.
    /// </summary>
    public (string Term, int Distance)? Nearest(string field, string term, int maxEdits)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null || term.Length == 0)
        {
            return null;
        }

        (string Term, int Distance, int Frequency)? best = null;
        var e = terms.GetEnumerator();
        while (e.MoveNext())
        {
            var candidate = e.Term.Utf8ToString();
            if (Math.Abs(candidate.Length - term.Length) > maxEdits || candidate.StartsWith('='))
            {
                continue;
            }

            var distance = EditDistance.Levenshtein(term, candidate, maxEdits);
            if (distance > 0 && distance <= maxEdits
                && (best is null || distance < best.Value.Distance || (distance == best.Value.Distance && e.DocFreq > best.Value.Frequency)))
            {
                best = (candidate, distance, e.DocFreq);
            }
        }

        return best is { } b ? (b.Term, b.Distance) : null;
    }
}
