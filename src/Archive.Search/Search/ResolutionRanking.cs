using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// Orders clause hits by resolution, as a reader weighs them: a resolution ranks by its best matching text, lifted when
/// its title matches about as strongly (the title names what the resolution is about) and by the share of its clauses
/// that match (how much of the resolution is about it); within a resolution its texts keep their own order. So a
/// resolution whose title or several clauses name the subject ranks above one that names it once in passing, even in the
/// typed words, and a one-clause resolution about the subject is not outweighed by a long one that mentions it here and there;
/// and lifted when it is filed under the topics of the concepts the query names (the editors filed it under that subject).
/// See docs/analysis.md.
/// </summary>
public static class ResolutionRanking
{
    /// <summary>How many of the best clause hits are gathered to weigh the resolutions (at least the page asked for).</summary>
    public const int Pool = 200;

    /// <summary>A title that names the subject multiplies its resolution's score by 1 + this.</summary>
    public const float TitleLift = 1f;

    /// <summary>The title names the subject when it scores at least this share of the resolution's best text (not through a faint expansion).</summary>
    public const float TitleStrength = 0.5f;

    /// <summary>The share of the resolution's clauses that match, times this, is added to the multiplier.</summary>
    public const float ShareLift = 1f;

    /// <summary>A resolution filed under every topic of the concepts the query names multiplies its score by 1 + this (under some of them, by their share).</summary>
    public const float SubjectLift = 1f;

    /// <summary>How many documents to gather for a page that ends at <paramref name="count"/>.</summary>
    public static int Gather(int count) => Math.Max(count, Pool);

    /// <summary>
    /// The hits of <paramref name="top"/> ordered by their resolutions' scores, then each by its own score; <paramref name="subjects"/>
    /// are the topics of the concepts the query names (none: no subject lift).
    /// </summary>
    public static TopDocs Order(IndexSearcher searcher, TopDocs top, IReadOnlyList<string> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(top);
        // Each hit's resolution key, clause count and type from the documents' values (one lookup each), not from stored
        // fields, uninverted fields or term statistics: their cost grew with the number of segments and hits.
        var leaves = searcher.IndexReader.Leaves;
        var values = new HitValues?[leaves.Count];
        var bytes = new BytesRef();
        var hits = top.ScoreDocs.Select(d =>
        {
            var leaf = ReaderUtil.SubIndex(d.Doc, leaves);
            var local = d.Doc - leaves[leaf].DocBase;
            var of = values[leaf] ??= HitValues.Of(leaves[leaf].AtomicReader);
            of.Keys.Get(local, bytes);
            return (Doc: d, Key: bytes.Utf8ToString(), IsTitle: of.Titles.Get(local) == 1, Clauses: (int)of.Clauses.Get(local));
        }).ToList();
        var filed = TopicCounts(leaves, hits.Select(h => h.Doc.Doc), subjects);
        var scores = hits.GroupBy(h => h.Key, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => Score([.. g.Select(h => (h.Doc.Score, h.IsTitle))], g.First().Clauses, subjects.Count == 0 ? 0f : filed.GetValueOrDefault(g.First().Doc.Doc) / (float)subjects.Count),
            StringComparer.Ordinal);
        var first = hits.Select((h, i) => (h.Key, i)).GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Min(p => p.i), StringComparer.Ordinal);
        var ordered = hits.OrderByDescending(h => scores[h.Key]).ThenBy(h => first[h.Key]).ThenByDescending(h => h.Doc.Score).Select(h => h.Doc).ToArray();
        return new TopDocs(top.TotalHits, ordered, top.MaxScore);
    }

    /// <summary>
    /// A resolution's score from its matching texts' scores (which of them is the title), its number of clauses and the share
    /// of the query's subject topics it is filed under: best × (1 + <see cref="TitleLift"/> when the title names the subject)
    /// × (1 + <see cref="ShareLift"/> × matching clauses / clauses) × (1 + <see cref="SubjectLift"/> × subject share).
    /// </summary>
    public static float Score(IReadOnlyList<(float Score, bool IsTitle)> texts, int clauses, float subjectShare = 0f)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return 0f;
        }

        var best = texts.Max(t => t.Score);
        var title = texts.Any(t => t.IsTitle && t.Score >= TitleStrength * best);
        var share = clauses <= 0 ? 0f : Math.Min(1f, texts.Count(t => !t.IsTitle) / (float)clauses);
        return best * (1 + (title ? TitleLift : 0)) * (1 + (ShareLift * share)) * (1 + (SubjectLift * Math.Clamp(subjectShare, 0f, 1f)));
    }

    /// <summary>How many of <paramref name="topics"/> each document is filed under, from the topics' postings in each segment (advanced over the documents in order).</summary>
    private static Dictionary<int, int> TopicCounts(IList<AtomicReaderContext> leaves, IEnumerable<int> docs, IReadOnlyList<string> topics)
    {
        var counts = new Dictionary<int, int>();
        if (topics.Count == 0)
        {
            return counts;
        }

        foreach (var segment in docs.Distinct().Order().GroupBy(d => ReaderUtil.SubIndex(d, leaves)))
        {
            var leaf = leaves[segment.Key];
            foreach (var topic in topics)
            {
                var postings = leaf.AtomicReader.GetTermDocsEnum(new Term(SearchFields.Topic, topic));
                var at = -1;
                foreach (var doc in segment)
                {
                    if (postings is null || at == DocIdSetIterator.NO_MORE_DOCS)
                    {
                        break;
                    }

                    at = at < doc - leaf.DocBase ? postings.Advance(doc - leaf.DocBase) : at;
                    counts[doc] = counts.GetValueOrDefault(doc) + (at == doc - leaf.DocBase ? 1 : 0);
                }
            }
        }

        return counts;
    }

    /// <summary>The document values of one segment that the ranking reads (see <see cref="SearchDocuments"/>).</summary>
    private sealed record HitValues(SortedDocValues Keys, NumericDocValues Titles, NumericDocValues Clauses)
    {
        public static HitValues Of(AtomicReader reader) => new(
            reader.GetSortedDocValues(SearchFields.ResolutionKey) ?? throw Missing(SearchFields.ResolutionKey),
            reader.GetNumericDocValues(SearchFields.IsTitle) ?? throw Missing(SearchFields.IsTitle),
            reader.GetNumericDocValues(SearchFields.ClauseCount) ?? throw Missing(SearchFields.ClauseCount));

        private static InvalidOperationException Missing(string field) =>
            new($"The index has no document values '{field}': it was built with another document layout than {SearchIndex.SchemaVersion}.");
    }
}
