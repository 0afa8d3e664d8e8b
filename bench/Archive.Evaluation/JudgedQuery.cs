namespace Archive.Evaluation;

/// <summary>
/// One judged query of a <see cref="JudgedQuerySet"/>: what a reader types, the <c>lang</c> column (see the set), the
/// resolutions that must be among the first <see cref="QueryOutcome.Depth"/> distinct resolutions of the ranking, and
/// optionally the one that must rank first.
/// </summary>
public sealed record JudgedQuery(int Line, string Query, string Lang, IReadOnlyList<int> Expected, int? First, string Note)
{
    /// <summary>The set the query belongs to.</summary>
    public JudgedQuerySet Set { get; init; } = JudgedQuerySet.Core;

    /// <summary>The language the search is limited to, or null for every language.</summary>
    public string? SearchLanguage => Set.LangIsSearchFilter && Lang != "all" ? Lang : null;

    public override string ToString() => $"[{Lang}] {Query}";
}
