namespace Archive.Core.Search;

/// <summary>The fields of the clause index (see docs/search.md).</summary>
public static class SearchFields
{
    /// <summary>"clause" for a clause, "title" for a resolution's title document.</summary>
    public const string DocType = "type";

    /// <summary>The slug of the collection the resolution belongs to.</summary>
    public const string Collection = "collection";

    public const string Resolution = "resolution";

    public const string Clause = "clause";

    public const string Kind = "kind";

    /// <summary>
    /// <c>collection/number</c> on every document of a resolution (not stored): what an update deletes by, and as a sorted
    /// document value what the resolution ranking groups hits by.
    /// </summary>
    public const string ResolutionKey = "rkey";

    /// <summary>A numeric document value on every document: how many clauses its resolution has (what a resolution's share of matching clauses is weighed against).</summary>
    public const string ClauseCount = "rclauses";

    /// <summary>A numeric document value on every document: 1 on a resolution's title document, 0 on a clause.</summary>
    public const string IsTitle = "istitle";

    /// <summary>On a title document (stored only): the resolution's row id and content tag it was indexed at.</summary>
    public const string ContentTag = "rtag";

    /// <summary>The printed label (stored only).</summary>
    public const string Label = "label";

    public const string Topic = "topic";

    /// <summary>The languages the document has text in.</summary>
    public const string Languages = "langs";

    /// <summary>The text field of a language: <c>text_fa</c> for the original, <c>text_en</c>, <c>text_de</c>, …</summary>
    public static string Text(string language) => "text_" + language;

    /// <summary>The filler term that gives a concept field its text's length (see <see cref="ConceptTokenStream"/>); never a concept id.</summary>
    public const string ConceptFiller = "_";

    /// <summary>
    /// The concept field of a language: <c>concept_fa</c> holds the id of each concept the Persian text names, once per label
    /// match, stamped at index time by <see cref="Expansion.ConceptStamper"/>; concept expansion searches these terms
    /// instead of every label.
    /// </summary>
    public static string Concept(string language) => "concept_" + language;

    public static bool IsTextField(string field, out string language)
    {
        ArgumentNullException.ThrowIfNull(field);
        language = field.StartsWith("text_", StringComparison.Ordinal) ? field[5..] : string.Empty;
        return language.Length > 0;
    }
}
