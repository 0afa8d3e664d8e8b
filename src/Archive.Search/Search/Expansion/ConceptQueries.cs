using System.Collections.Concurrent;
using Archive.Core.Content;
using Archive.Core.Search.Analysis;
using Archive.Core.Search.Queries;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search.Expansion;

/// <summary>
/// The query of a concept in a set of searched languages, built once and shared (a built query is not changed again):
/// every label in every searched language, each in its own language's text (labels that analyse alike searched once); the resolutions filed under the concept when
/// it is a topic; and, lower, the labels of its narrower concepts (one level: a search for workers' organisations also
/// finds the councils and general assemblies the resolutions call for).
/// </summary>
public sealed class ConceptQueries
{
    public const float NarrowerBoost = 0.6f;
    public const float TopicBoost = 0.15f;

    private readonly LuceneQueryBuilder _basis;
    private readonly IReadOnlyList<string> _languages;
    private readonly ILookup<string, VocabularyConcept> _narrower;
    private readonly ConcurrentDictionary<string, (Query Query, HighlightTerms Highlights)> _built = new(StringComparer.Ordinal);

    public ConceptQueries(IReadOnlyList<VocabularyConcept> concepts, AnalyzerRegistry analyzers, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        _basis = new LuceneQueryBuilder(analyzers);
        _languages = languages;
        _narrower = concepts.SelectMany(c => c.Broader.Select(b => (Broader: b, Concept: c))).ToLookup(p => p.Broader, p => p.Concept, StringComparer.Ordinal);
    }

    /// <summary>The concept's query and the terms its snippets mark.</summary>
    public (Query Query, HighlightTerms Highlights) For(VocabularyConcept concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        return _built.GetOrAdd(concept.Id, _ => Build(concept));
    }

    private (Query, HighlightTerms) Build(VocabularyConcept concept)
    {
        var highlights = new HighlightTerms();
        var query = Labels(concept, highlights);
        if (concept.Kind == "topic")
        {
            query.Add(new TermQuery(new Term(SearchFields.Topic, concept.Id)) { Boost = TopicBoost }, Occur.SHOULD);
        }
        else
        {
            foreach (var narrower in _narrower[concept.Id])
            {
                var labels = Labels(narrower, highlights);
                if (labels.Clauses.Count > 0)
                {
                    labels.Boost = NarrowerBoost;
                    query.Add(labels, Occur.SHOULD);
                }
            }
        }

        return (query, highlights);
    }

    private BooleanQuery Labels(VocabularyConcept concept, HighlightTerms highlights)
    {
        var any = new BooleanQuery();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (language, labels) in concept.Labels.Where(l => _languages.Contains(l.Key, StringComparer.Ordinal)))
        {
            foreach (var label in labels.All.Distinct(StringComparer.Ordinal))
            {
                try
                {
                    var (q, terms) = _basis.Build(new ParsedQuery([new QueryClause([new QueryTerm(QueryTermKind.Word, label)], false)]), [language]);
                    if (q is BooleanQuery { Clauses.Count: > 0 } && seen.Add(q.ToString()))
                    {
                        highlights.AddAll(terms);
                        any.Add(q, Occur.SHOULD);
                    }
                }
                catch (SearchQueryException)
                {
                    // A label of stop words only: nothing to search.
                }
            }
        }

        return any;
    }
}
