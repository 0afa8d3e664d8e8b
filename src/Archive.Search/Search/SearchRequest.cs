namespace Archive.Core.Search;

/// <summary>
/// A search: the query text, the language of the text searched (null or "all" for the original and every translation),
/// optional topic, resolution and collection filters (a resolution number means one of <paramref name="Collection"/> when it is given), the page wanted, and the language whose text a hit should show when several match.
/// </summary>
public sealed record SearchRequest(string Query, string? Language = null, string? Topic = null, int? Resolution = null, int Limit = 10, int Offset = 0, string? Prefer = null, string? Collection = null)
{
    /// <summary>Only the words as typed: no variants, no concept expansion, no nearest words (quotes still mean a phrase).</summary>
    public bool Exact { get; init; }

    public const int MaxLimit = 100;

    public const int MaxOffset = 10_000;
}
