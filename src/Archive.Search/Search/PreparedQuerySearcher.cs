using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Core.Search;

/// <summary>
/// The BM25 searcher of one index generation, which keeps what it has prepared for a query string: the expanded query
/// and its Lucene weight (the term lookups and statistics of every label, variant and pair term) are made on the first
/// search of that string and reused by the later ones until the index changes (a new searcher). At most
/// <see cref="Capacity"/> strings are kept; past that the searcher starts afresh.
/// </summary>
public sealed class PreparedQuerySearcher : IndexSearcher
{
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, object> _prepared = new(StringComparer.Ordinal);

    public PreparedQuerySearcher(IndexReader reader)
        : base(reader) => Similarity = new BM25Similarity();

    /// <summary>What was prepared under <paramref name="key"/> on this searcher, prepared now when it is the first time.</summary>
    public T Prepared<T>(string key, Func<T> prepare)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(prepare);
        if (_prepared.TryGetValue(key, out var found))
        {
            return (T)found;
        }

        if (_prepared.Count >= Capacity)
        {
            _prepared.Clear();
        }

        return (T)_prepared.GetOrAdd(key, _ => prepare());
    }

    /// <summary>The weight of a query (with its filter), to rank with <see cref="Search(Weight, int)"/> as often as wanted.</summary>
    public Weight Weigh(Query query, Filter? filter) => CreateNormalizedWeight(WrapFilter(query, filter));

    /// <summary>The top <paramref name="count"/> documents of a weight made by <see cref="Weigh"/> on this searcher.</summary>
    public TopDocs Search(Weight weight, int count) => Search(weight, null, count);
}
