namespace Archive.Core.Tests.Search.Evaluation;

/// <summary>
/// One judged query of <c>judged-queries.tsv</c>: what a reader types, the language searched ("fa", "en" or "all"), the
/// resolutions that must be among the first <see cref="QueryOutcome.Depth"/> distinct resolutions of the ranking, and
/// optionally the one that must rank first.
/// </summary>
internal sealed record JudgedQuery(int Line, string Query, string Lang, IReadOnlyList<int> Expected, int? First, string Note)
{
    public override string ToString() => $"[{Lang}] {Query}";
}
