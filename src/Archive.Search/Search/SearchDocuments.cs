using System.Globalization;
using Lucene.Net.Documents;

namespace Archive.Core.Search;

/// <summary>Lucene documents for the index: one per clause and one per resolution title (title text boosted).</summary>
public static class SearchDocuments
{
    public const float TitleBoost = 3f;

    public static Document Create(IndexedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var isTitle = text.Kind == "title";
        var doc = new Document
        {
            new StringField(SearchFields.DocType, isTitle ? "title" : "clause", Field.Store.YES),
            new StringField(SearchFields.Collection, text.Collection, Field.Store.YES),
            new StringField(SearchFields.Resolution, text.Resolution.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new StringField(SearchFields.Clause, text.Clause, Field.Store.YES),
            new StringField(SearchFields.Kind, text.Kind, Field.Store.YES),
            new StoredField(SearchFields.Label, text.Label),
            new StringField(SearchFields.ResolutionKey, text.ResolutionKey, Field.Store.NO),
        };
        if (isTitle)
        {
            doc.Add(new StoredField(SearchFields.ContentTag, text.Tag));
        }

        foreach (var topic in text.Topics)
        {
            doc.Add(new StringField(SearchFields.Topic, topic, Field.Store.NO));
        }

        foreach (var (language, value) in text.Texts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            doc.Add(new StringField(SearchFields.Languages, language, Field.Store.NO));
            var field = new TextField(SearchFields.Text(language), value, Field.Store.YES);
            if (isTitle)
            {
                field.Boost = TitleBoost;
            }

            doc.Add(field);
        }

        AddConcepts(doc, text.Concepts, isTitle);
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
