using System.Globalization;
using Archive.Core.Search.Expansion;
using Archive.Core.Search.Queries;
using Archive.Core.Texts;
using Lucene.Net.Index;
using Lucene.Net.Search;
using static System.FormattableString;

namespace Archive.Core.Search;

/// <summary>
/// Runs searches: checks the request, builds the query (with variants and concept expansion unless the request is exact),
/// ranks with BM25, falls back to the best partial matches when nothing has every part, and returns hits with highlighted snippets.
/// </summary>
public sealed class ArchiveSearch(SearchIndex index, SearchVocabulary? vocabulary = null)
{
    public SearchResponse Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Limit is < 1 or > SearchRequest.MaxLimit)
        {
            throw new SearchQueryException(SearchQueryError.LimitOutOfRange, Invariant($"limit must be between 1 and {SearchRequest.MaxLimit}."), SearchRequest.MaxLimit);
        }

        if (request.Offset is < 0 or > SearchRequest.MaxOffset)
        {
            throw new SearchQueryException(SearchQueryError.OffsetOutOfRange, Invariant($"offset must be between 0 and {SearchRequest.MaxOffset}."), SearchRequest.MaxOffset);
        }

        SearchQueryParser.Parse(request.Query); // a bad query is refused first (built again only when not prepared yet)
        var languages = Languages(request.Language);
        if (languages.Count == 0)
        {
            return index.Search(_ => new SearchResponse(request.Query, 0, [])); // an empty archive (or none yet: unavailable)
        }

        return index.Search(searcher =>
        {
            var (top, partial, expanded) = Rank(searcher, request, languages);
            var hits = new List<SearchHit>();
            foreach (var scored in top.ScoreDocs.Skip(request.Offset).Take(request.Limit))
            {
                hits.Add(ToHit(searcher.Doc(scored.Doc), scored.Score, Preferred(languages, request.Prefer), expanded));
            }

            return new SearchResponse(request.Query, top.TotalHits, hits)
            {
                AlsoSearched = expanded.Expansions,
                Partial = partial && top.TotalHits > 0,
                DidYouMean = expanded.DidYouMean,
            };
        });
    }

    /// <summary>How many texts match <paramref name="request"/> in each of <paramref name="collections"/> (the search page's facet).</summary>
    public IReadOnlyDictionary<string, int> CountByCollection(SearchRequest request, IReadOnlyList<string> collections)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(collections);
        return collections.ToDictionary(c => c, c => Search(request with { Collection = c, Limit = 1, Offset = 0 }).Total, StringComparer.Ordinal);
    }

    /// <summary>The resolutions of the top hits, in rank order, without reading anything else (the benchmark's ranking-only time).</summary>
    public IReadOnlyList<int> RankResolutions(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var languages = Languages(request.Language);
        return languages.Count == 0 ? [] : index.Search(searcher =>
            Rank(searcher, request, languages).Top.ScoreDocs.Skip(request.Offset).Take(request.Limit)
                .Select(d => int.Parse(searcher.Doc(d.Doc).Get(SearchFields.Resolution, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)).ToList());
    }

    /// <summary>The matching texts ordered by their resolutions' rank (<see cref="ResolutionRanking"/>), then by their own scores.</summary>
    private (TopDocs Top, bool Partial, ExpandedQuery Expanded) Rank(IndexSearcher searcher, SearchRequest request, IReadOnlyList<string> languages)
    {
        var (top, partial, expanded) = Match(searcher, request, languages, ResolutionRanking.Gather(request.Offset + request.Limit));
        return (ResolutionRanking.Order(searcher, top, expanded.Subjects), partial, expanded);
    }

    /// <summary>
    /// The best <paramref name="count"/> matching texts of the expanded query, or the best partial matches when nothing has
    /// every part. The expanded query and its weights are prepared once per query string on each index generation's searcher.
    /// </summary>
    private (TopDocs Top, bool Partial, ExpandedQuery Expanded) Match(IndexSearcher searcher, SearchRequest request, IReadOnlyList<string> languages, int count)
    {
        if (searcher is not PreparedQuerySearcher prepared)
        {
            var expanded = Expand(request, languages, searcher.IndexReader);
            var filter = Filter(request);
            var top = searcher.Search(expanded.Query, filter, count);
            var partial = top.TotalHits == 0 && expanded.Partial is not null;
            return (partial ? searcher.Search(expanded.Partial!, filter, count) : top, partial, expanded);
        }

        var key = string.Join('\u001f', request.Query, string.Join(',', languages), request.Exact ? "exact" : "expanded", request.Collection ?? string.Empty, request.Resolution?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, request.Topic ?? string.Empty);
        var search = prepared.Prepared(key, () => PreparedSearch.Create(prepared, Expand(request, languages, prepared.IndexReader), Filter(request)));
        var first = prepared.Search(search.Query, count);
        return first.TotalHits == 0 && search.Partial.Value is { } weight ? (prepared.Search(weight, count), true, search.Expanded) : (first, false, search.Expanded);
    }

    private ExpandedQuery Expand(SearchRequest request, IReadOnlyList<string> languages, IndexReader reader) =>
        new ExpandingQueryBuilder(index.Analyzers, vocabulary).Build(SearchQueryParser.Parse(request.Query), languages, reader, request.Exact);

    private IReadOnlyList<string> Languages(string? requested)
    {
        if (string.IsNullOrEmpty(requested) || requested == "all")
        {
            return index.Languages;
        }

        if (!index.Languages.Contains(requested, StringComparer.Ordinal))
        {
            throw new SearchQueryException(SearchQueryError.UnknownLanguage, $"There is no text in the language '{requested}'. Search in: all, {string.Join(", ", index.Languages)}.", requested, "all, " + string.Join(", ", index.Languages));
        }

        return [requested];
    }

    /// <summary>The order in which a hit's texts are tried for its snippet: the preferred language, the original, English, the rest.</summary>
    private List<string> Preferred(IReadOnlyList<string> languages, string? prefer) =>
        [.. languages.OrderBy(l => l == prefer ? 0 : l == index.Languages[0] ? 1 : l == "en" ? 2 : 3).ThenBy(l => l, StringComparer.Ordinal)];

    private static QueryWrapperFilter? Filter(SearchRequest request)
    {
        var filter = new BooleanQuery();
        if (request.Resolution is int n)
        {
            filter.Add(new TermQuery(new Term(SearchFields.Resolution, n.ToString(CultureInfo.InvariantCulture))), Occur.MUST);
        }

        if (!string.IsNullOrEmpty(request.Collection))
        {
            filter.Add(new TermQuery(new Term(SearchFields.Collection, request.Collection)), Occur.MUST);
        }

        if (!string.IsNullOrEmpty(request.Topic))
        {
            filter.Add(new TermQuery(new Term(SearchFields.Topic, request.Topic)), Occur.MUST);
        }

        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }

    private SearchHit ToHit(Lucene.Net.Documents.Document doc, float score, IReadOnlyList<string> languages, ExpandedQuery expanded)
    {
        var collection = doc.Get(SearchFields.Collection, CultureInfo.InvariantCulture) ?? string.Empty;
        var resolution = int.Parse(doc.Get(SearchFields.Resolution, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var clause = doc.Get(SearchFields.Clause, CultureInfo.InvariantCulture);
        string? lang = null;
        string? snippet = null;

        // The typed words' own marks first, in every language; then the marks of variants and expansions.
        foreach (var (language, highlights) in languages.Select(l => (l, expanded.ExactHighlights)).Concat(languages.Select(l => (l, expanded.Highlights))))
        {
            var value = doc.Get(SearchFields.Text(language), CultureInfo.InvariantCulture);
            if (value is null)
            {
                continue;
            }

            var field = SearchFields.Text(language);
            if (SnippetBuilder.TryBuild(value, index.Analyzers.ForIndex(language), field, highlights, out var built))
            {
                (lang, snippet) = (language, built);
                break;
            }

            // No mark in this text (a prefix or pair matched elsewhere): keep the first text as the fallback snippet.
            (lang, snippet) = (lang ?? language, snippet ?? built);
        }

        lang ??= index.Languages[0];
        snippet ??= string.Empty;
        var reference = new TextRef(collection, resolution, clause == TextRef.TitleId ? null : clause);
        return new SearchHit(collection, resolution, clause, doc.Get(SearchFields.Kind, CultureInfo.InvariantCulture), doc.Get(SearchFields.Label, CultureInfo.InvariantCulture) ?? string.Empty, lang, score, snippet, reference.Anchor);
    }

    private sealed record PreparedSearch(ExpandedQuery Expanded, Weight Query, Lazy<Weight?> Partial)
    {
        public static PreparedSearch Create(PreparedQuerySearcher searcher, ExpandedQuery expanded, Filter? filter) =>
            new(expanded, searcher.Weigh(expanded.Query, filter), new(() => expanded.Partial is { } partial ? searcher.Weigh(partial, filter) : null));
    }
}
