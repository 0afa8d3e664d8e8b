using System.Globalization;
using Archive.Core.Search.Analysis;
using Archive.Core.Search.Expansion;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>Lucene documents for the index: one per clause and one per resolution title (title text boosted).</summary>
public static class SearchDocuments
{
    public const float TitleBoost = 3f;

    /// <summary>The document of a text whose fields the index writer's analyzer analyses, without concepts (the stock engines of the benchmark).</summary>
    public static Document Create(IndexedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var isTitle = text.Kind == "title";
        var doc = Identity(text, isTitle);
        foreach (var (language, value) in text.Texts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            doc.Add(new StringField(SearchFields.Languages, language, Field.Store.NO));
            doc.Add(new TextField(SearchFields.Text(language), value, Field.Store.YES) { Boost = isTitle ? TitleBoost : 1f });
        }

        return doc;
    }

    /// <summary>
    /// The document of a text analysed here, once per language, by the language's index analyzer: the tokens are both
    /// indexed (replayed to the writer, with the common-word grams of <see cref="CommonWordGrams"/>) and stamped with the
    /// concepts they name, so stamping costs no second analysis.
    /// </summary>
    public static Document Create(IndexedText text, AnalyzerRegistry analyzers, ConceptStamper? stamper)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(analyzers);
        var isTitle = text.Kind == "title";
        var doc = Identity(text, isTitle);
        var concepts = new List<StampedConcepts>();
        foreach (var (language, value) in text.Texts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var field = SearchFields.Text(language);
            var tokens = TokenStreams.Analyze(analyzers.ForIndex(language), field, value);
            doc.Add(new StringField(SearchFields.Languages, language, Field.Store.NO));
            doc.Add(new StoredField(field, value));
            var indexed = CommonWordGrams.Add(tokens, analyzers.Rules(language).CommonWords);
            doc.Add(new Field(field, new AnalyzedTokenStream(indexed), TextField.TYPE_NOT_STORED) { Boost = isTitle ? TitleBoost : 1f });
            if (stamper?.Stamp(language, tokens) is { } stamped)
            {
                concepts.Add(stamped);
            }
        }

        AddConcepts(doc, concepts, isTitle);
        return doc;
    }

    /// <summary>The fields that say which text a document is.</summary>
    private static Document Identity(IndexedText text, bool isTitle)
    {
        var doc = new Document
        {
            new StringField(SearchFields.DocType, isTitle ? "title" : "clause", Field.Store.YES),
            new StringField(SearchFields.Collection, text.Collection, Field.Store.YES),
            new StringField(SearchFields.Resolution, text.Resolution.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField(SearchFields.Clause, text.Clause, Field.Store.YES),
            new StringField(SearchFields.Kind, text.Kind, Field.Store.YES),
            new StoredField(SearchFields.Label, text.Label),
            new StringField(SearchFields.ResolutionKey, text.ResolutionKey, Field.Store.NO),

            // What the resolution ranking reads per hit, without stored fields or uninverting (see ResolutionRanking).
            new SortedDocValuesField(SearchFields.ResolutionKey, new BytesRef(text.ResolutionKey)),
            new NumericDocValuesField(SearchFields.ClauseCount, text.ClauseCount),
            new NumericDocValuesField(SearchFields.IsTitle, isTitle ? 1 : 0),
        };
        if (isTitle)
        {
            doc.Add(new StoredField(SearchFields.ContentTag, text.Tag));
        }

        foreach (var topic in text.Topics)
        {
            doc.Add(new StringField(SearchFields.Topic, topic, Field.Store.NO));
        }

        return doc;
    }

    /// <summary>
    /// One concept field per language that names a concept: the ids, each match counted (a text that names a concept often is
    /// more about it), with the text's length and the title's boost, so a concept ranks documents as its words would.
    /// </summary>
    private static void AddConcepts(Document doc, IReadOnlyList<StampedConcepts> concepts, bool isTitle)
    {
        foreach (var stamped in concepts.Where(c => c.Concepts.Count > 0))
        {
            doc.Add(new Field(SearchFields.Concept(stamped.Language), new ConceptTokenStream(stamped), ConceptFieldType) { Boost = isTitle ? TitleBoost : 1f });
        }
    }

    private static readonly FieldType ConceptFieldType = new()
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = false,
        OmitNorms = false,
        IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS,
    };
}
