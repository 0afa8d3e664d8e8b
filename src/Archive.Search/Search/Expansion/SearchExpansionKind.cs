using System.Text.Json.Serialization;

namespace Archive.Core.Search.Expansion;

/// <summary>The tiers of query understanding below the exact words, in the order of trust (and of ranking).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SearchExpansionKind>))]
public enum SearchExpansionKind
{
    /// <summary>Spelling and inflection variants: British/American spelling, irregular forms, compounds split or joined, Persian derivational pairs.</summary>
    Variant,

    /// <summary>Every label, in every language, of a vocabulary concept the typed words name.</summary>
    Concept,

    /// <summary>The nearest words the index knows, for a word it does not know (did you mean).</summary>
    Nearest,
}
