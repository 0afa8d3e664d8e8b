using System.Collections.Concurrent;
using Archive.Core.Content;
using Archive.Core.Search.Analysis;
using Archive.Core.Search.Queries;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search.Expansion;

/// <summary>
/// The query of a concept in a set of searched languages, built once and shared (a built query is not changed again):
/// the documents whose text in a searched language names the concept (the <see cref="SearchFields.Concept"/> terms
/// <see cref="ConceptStamper"/> stamped at index time from the concept's labels); the resolutions filed under the concept
/// when it is a topic; and, lower, the documents naming its narrower concepts (one level: a search for workers'
/// organisations also finds the councils and general assemblies the resolutions call for) and, lower still, its broader
/// concepts that are not topics (one level: prisoners of conscience also finds political prisoners). Snippets mark the labels' terms.
/// </summary>
public sealed class ConceptQueries
{
    public const float NarrowerBoost = 0.6f;
    public const float TopicBoost = 0.15f;

    /// <summary>The weight of a broader concept's documents (one level, never a topic): a search for prisoners of conscience also finds political prisoners, lower.</summary>
    public const float BroaderBoost = 0.1f;

    private readonly LuceneQueryBuilder _basis;
    private readonly IReadOnlyList<string> _languages;
    private readonly ILookup<string, VocabularyConcept> _narrower;
    private readonly Dictionary<string, VocabularyConcept> _byId;
    private readonly ConcurrentDictionary<string, (Query Query, HighlightTerms Highlights)> _built = new(StringComparer.Ordinal);

    public ConceptQueries(IReadOnlyList<VocabularyConcept> concepts, AnalyzerRegistry analyzers, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        _basis = new LuceneQueryBuilder(analyzers);
        _languages = languages;
        _byId = concepts.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
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
        AddHighlights(concept, highlights);
        var query = Stamped(concept.Id);
        if (concept.Kind == "topic")
        {
            query.Add(new TermQuery(new Term(SearchFields.Topic, concept.Id)) { Boost = TopicBoost }, Occur.SHOULD);
        }
        else
        {
            foreach (var narrower in _narrower[concept.Id])
            {
                AddHighlights(narrower, highlights);
                var stamped = Stamped(narrower.Id);
                stamped.Boost = NarrowerBoost;
                query.Add(stamped, Occur.SHOULD);
            }

            foreach (var broader in concept.Broader.Select(b => _byId.GetValueOrDefault(b)).OfType<VocabularyConcept>().Where(b => b.Kind != "topic"))
            {
                AddHighlights(broader, highlights);
                var stamped = Stamped(broader.Id);
                stamped.Boost = BroaderBoost;
                query.Add(stamped, Occur.SHOULD);
            }
        }

        return (query, highlights);
    }

    /// <summary>The documents stamped with the concept in any searched language: one term per language.</summary>
    private BooleanQuery Stamped(string concept)
    {
        var any = new BooleanQuery();
        foreach (var language in _languages)
        {
            any.Add(new TermQuery(new Term(SearchFields.Concept(language), concept)), Occur.SHOULD);
        }

        return any;
    }

    /// <summary>What a snippet marks for the concept: the terms of its labels in the searched languages.</summary>
    private void AddHighlights(VocabularyConcept concept, HighlightTerms highlights)
    {
        foreach (var (language, labels) in concept.Labels.Where(l => _languages.Contains(l.Key, StringComparer.Ordinal)))
        {
            foreach (var label in labels.All.Distinct(StringComparer.Ordinal))
            {
                try
                {
                    highlights.AddAll(_basis.Build(new ParsedQuery([new QueryClause([new QueryTerm(QueryTermKind.Word, label)], false)]), [language]).Highlights);
                }
                catch (SearchQueryException)
                {
                    // A label of stop words only: nothing to mark.
                }
            }
        }
    }
}
