using System.Globalization;
using Archive.Core.Search.Queries;
using Archive.Core.Texts;
using Lucene.Net.Index;
using Lucene.Net.Search;
using static System.FormattableString;

namespace Archive.Core.Search;

/// <summary>Runs searches: checks the request, builds the query, ranks with BM25, and returns hits with highlighted snippets.</summary>
public sealed class ArchiveSearch(SearchIndex index)
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

        var parsed = SearchQueryParser.Parse(request.Query);
        var languages = Languages(request.Language);
        if (languages.Count == 0)
        {
            return index.Search(_ => new SearchResponse(request.Query, 0, [])); // an empty archive (or none yet: unavailable)
        }

        var (query, highlights) = new LuceneQueryBuilder(index.Analyzers).Build(parsed, languages);
        var filter = Filter(request);
        return index.Search(searcher =>
        {
            var top = searcher.Search(query, filter, request.Offset + request.Limit);
            var hits = new List<SearchHit>();
            foreach (var scored in top.ScoreDocs.Skip(request.Offset))
            {
                hits.Add(ToHit(searcher.Doc(scored.Doc), scored.Score, Preferred(languages, request.Prefer), highlights));
            }

            return new SearchResponse(request.Query, top.TotalHits, hits);
        });
    }

    /// <summary>How many texts match <paramref name="request"/> in each of <paramref name="collections"/> (the search page's facet).</summary>
    public IReadOnlyDictionary<string, int> CountByCollection(SearchRequest request, IReadOnlyList<string> collections)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(collections);
        return collections.ToDictionary(c => c, c => Search(request with { Collection = c, Limit = 1, Offset = 0 }).Total, StringComparer.Ordinal);
    }

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

    private SearchHit ToHit(Lucene.Net.Documents.Document doc, float score, IReadOnlyList<string> languages, HighlightTerms highlights)
    {
        var collection = doc.Get(SearchFields.Collection, CultureInfo.InvariantCulture) ?? string.Empty;
        var resolution = int.Parse(doc.Get(SearchFields.Resolution, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var clause = doc.Get(SearchFields.Clause, CultureInfo.InvariantCulture);
        string? lang = null;
        string? snippet = null;
        foreach (var language in languages)
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
}
