using Archive.Core.Content;
using Archive.Core.Search.Analysis;
using Archive.Core.Search.Queries;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search.Expansion;

/// <summary>
/// Builds the query in the order of trust: the exact words (<see cref="LuceneQueryBuilder"/>, unchanged), then per part
/// of the query its spelling and inflection variants, then the labels in every language of a vocabulary concept the part
/// names, then for a word the index does not know its nearest known word. A clause matches when it has all the exact
/// words or, part by part, any of these; the tiers' boosts rank exact above variants above expansions.
/// </summary>
public sealed class ExpandingQueryBuilder(AnalyzerRegistry analyzers, SearchVocabulary? vocabulary)
{
    public const float ExactBoost = 3f;
    public const float VariantBoost = 0.5f;
    public const float ConceptBoost = 0.3f;
    public const float NearestBoost = 0.2f;

    private const int MaxSpanWords = 6;

    public ExpandedQuery Build(ParsedQuery parsed, IReadOnlyList<string> languages, IndexReader reader, bool exact)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(languages);
        var basis = new LuceneQueryBuilder(analyzers);
        var (exactQuery, exactHighlights) = basis.Build(parsed, languages);
        if (exact)
        {
            return new ExpandedQuery(exactQuery, null, exactHighlights, [], []);
        }

        var highlights = new HighlightTerms();
        highlights.AddAll(exactHighlights);
        var finder = new WordVariantFinder(analyzers, new IndexTerms(reader));
        var labels = vocabulary?.Labels(languages);
        var expansions = new List<SearchExpansion>();
        var didYouMean = new List<string>();
        var parts = new List<Query>();
        var subjects = new List<string>();
        var excluded = new List<Query>();
        var widened = false;
        var spans = Spans(parsed, labels);
        var fixedExpression = spans.Any(s => FixedExpressions.IsFixed(s.Length, s.Concepts));

        // One part besides excluded words: its own words are the exact query, which then needs no second clause to rank
        // first (3 × exact + own = 4 × own), so a frequent word's postings are read once, not twice.
        var onePart = !fixedExpression && spans.Count(s => !(s.Length == 1 && parsed.Clauses[s.Start].Excluded)) == 1;
        if (fixedExpression && Sub(basis, FixedExpressions.Phrased(parsed, spans), languages, new HighlightTerms()) is { } phrased)
        {
            // Scored as the words were, matched only where each fixed expression's words stand together.
            phrased.Boost = 0f;
            exactQuery = new BooleanQuery { { exactQuery, Occur.MUST }, { phrased, Occur.MUST } };
        }

        foreach (var (start, length, concepts) in spans)
        {
            var clauses = parsed.Clauses.Skip(start).Take(length).ToList();
            if (clauses is [{ Excluded: true } not])
            {
                if (Sub(basis, [not with { Excluded = false }], languages, highlights) is { } forbidden)
                {
                    excluded.Add(forbidden);
                }

                continue;
            }

            var own = Sub(basis, clauses, languages, highlights);
            if (own is not null && onePart)
            {
                own.Boost *= 1 + ExactBoost;
            }

            var part = new BooleanQuery();
            if (own is not null)
            {
                part.Add(own, Occur.SHOULD);
            }

            var typed = string.Join(' ', clauses.Select(c => c.Alternatives[0].Text));
            if (clauses is [{ Alternatives: [{ Kind: QueryTermKind.Word } word] }])
            {
                var variants = finder.Variants(word.Text, languages);
                foreach (var variant in variants)
                {
                    AddBoosted(part, Variant(basis, variant, highlights), VariantBoost);
                }

                if (variants.Count > 0)
                {
                    expansions.Add(new SearchExpansion(typed, SearchExpansionKind.Variant, [.. variants.Select(v => v.ToString()).Distinct(StringComparer.Ordinal)]));
                }
                else if (concepts.Count == 0 && finder.Unknown(word.Text, languages) && finder.Nearest(word.Text, languages) is { Count: > 0 } nearest)
                {
                    foreach (var near in nearest)
                    {
                        highlights.AddTerm(SearchFields.Text(near.Language), near.Parts[0]);
                        AddBoosted(part, new TermQuery(new Term(SearchFields.Text(near.Language), near.Parts[0])), NearestBoost);
                    }

                    var words = nearest.Select(n => n.Parts[0]).Distinct(StringComparer.Ordinal).ToList();
                    var named = labels is null ? [] : words.SelectMany(labels.Find).Distinct().ToList();
                    if (named.Count > 0)
                    {
                        AddBoosted(part, Concepts(vocabulary!.Queries(languages), named, highlights), NearestBoost);
                    }

                    expansions.Add(new SearchExpansion(typed, SearchExpansionKind.Nearest, words));
                    didYouMean.AddRange(words.Where(w => !didYouMean.Contains(w)));
                }
            }

            if (concepts.Count > 0)
            {
                AddBoosted(part, Concepts(vocabulary!.Queries(languages), concepts, highlights), ConceptBoost);
                expansions.Add(new SearchExpansion(typed, SearchExpansionKind.Concept, Labels(concepts, languages)));
            }

            widened |= part.Clauses.Count > (own is null ? 0 : 1);
            if (part.Clauses.Count > 0)
            {
                parts.Add(part);
                subjects.AddRange(concepts.Count > 0 ? vocabulary!.Subjects(concepts).Where(t => !subjects.Contains(t, StringComparer.Ordinal)).ToList() : []);
            }
        }

        var partial = parts.Count > 1 ? Any(parts, excluded) : null;
        if (!widened)
        {
            return new ExpandedQuery(exactQuery, partial, highlights, [], didYouMean) { ExactHighlights = exactHighlights };
        }

        if (onePart && parts.Count == 1)
        {
            var only = new BooleanQuery { { parts[0], Occur.MUST } };
            excluded.ForEach(q => only.Add(q, Occur.MUST_NOT));
            return new ExpandedQuery(only, partial, highlights, expansions, didYouMean) { ExactHighlights = exactHighlights, Subjects = subjects };
        }

        var all = new BooleanQuery();
        parts.ForEach(p => all.Add(p, Occur.MUST));
        exactQuery.Boost = ExactBoost;
        var root = new BooleanQuery { { exactQuery, Occur.SHOULD }, { all, Occur.SHOULD } };
        excluded.ForEach(q => root.Add(q, Occur.MUST_NOT));
        return new ExpandedQuery(root, partial, highlights, expansions, didYouMean) { ExactHighlights = exactHighlights, Subjects = subjects };
    }

    /// <summary>The query split into parts: the longest runs of plain words that name a concept, and single clauses.</summary>
    private static List<(int Start, int Length, IReadOnlyList<VocabularyConcept> Concepts)> Spans(ParsedQuery parsed, ConceptLabelIndex? labels)
    {
        static bool Plain(QueryClause c) => c is { Excluded: false, Alternatives: [{ Kind: QueryTermKind.Word }] };
        var spans = new List<(int, int, IReadOnlyList<VocabularyConcept>)>();
        var clauses = parsed.Clauses;
        var keys = labels is { IsEmpty: false } ? clauses.Select(c => Plain(c) ? labels.KeysOf(c.Alternatives[0].Text) : null).ToList() : null;
        for (var i = 0; i < clauses.Count;)
        {
            var run = 0;
            while (keys is not null && i + run < clauses.Count && keys[i + run] is not null && run < Math.Min(MaxSpanWords, labels!.LongestLabel))
            {
                run++;
            }

            var matched = false;
            for (var length = run; length >= 1; length--)
            {
                var found = labels!.Find(keys!.Skip(i).Take(length)!);
                if (found.Count > 0)
                {
                    spans.Add((i, length, found));
                    i += length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                spans.Add((i, 1, []));
                i++;
            }
        }

        return spans;
    }

    private static BooleanQuery Any(List<Query> parts, List<Query> excluded)
    {
        var any = new BooleanQuery();
        parts.ForEach(p => any.Add(p, Occur.SHOULD));
        excluded.ForEach(q => any.Add(q, Occur.MUST_NOT));
        return any;
    }

    private static Query? Variant(LuceneQueryBuilder basis, WordVariant variant, HighlightTerms highlights) =>
        Sub(basis, [.. variant.Parts.Select(p => new QueryClause([new QueryTerm(QueryTermKind.Word, p)], false))], [variant.Language], highlights);

    private static BooleanQuery Concepts(ConceptQueries queries, IReadOnlyList<VocabularyConcept> concepts, HighlightTerms highlights)
    {
        var any = new BooleanQuery();
        foreach (var concept in concepts)
        {
            var (query, terms) = queries.For(concept);
            highlights.AddAll(terms);
            any.Add(query, Occur.SHOULD);
        }

        return any;
    }

    /// <summary>The preferred labels of the concepts in the searched languages, each once.</summary>
    private static List<string> Labels(IReadOnlyList<VocabularyConcept> concepts, IReadOnlyList<string> languages) =>
        [.. concepts.SelectMany(c => languages.Where(c.Labels.ContainsKey).Select(l => c.Labels[l].Pref)).Distinct(StringComparer.Ordinal)];

    /// <summary>The exact query of some clauses in some languages, its highlight terms added; null when nothing in it is searchable.</summary>
    private static Query? Sub(LuceneQueryBuilder basis, IReadOnlyList<QueryClause> clauses, IReadOnlyList<string> languages, HighlightTerms highlights)
    {
        try
        {
            var (query, terms) = basis.Build(new ParsedQuery(clauses), languages);
            highlights.AddAll(terms);
            return query is BooleanQuery { Clauses.Count: 0 } ? null : query;
        }
        catch (SearchQueryException)
        {
            return null;
        }
    }

    private static void AddBoosted(BooleanQuery to, Query? query, float boost)
    {
        if (query is not null && !(query is BooleanQuery { Clauses.Count: 0 }))
        {
            query.Boost = boost;
            to.Add(query, Occur.SHOULD);
        }
    }
}
