namespace Archive.Evaluation;

/// <summary>
/// What one engine returned for a judged query: the first <see cref="Depth"/> distinct resolutions in rank order (a
/// resolution ranks where its best clause or title ranks), how long the search took, and the error if it failed.
/// </summary>
public sealed record QueryOutcome(JudgedQuery Judged, IReadOnlyList<int> Top, TimeSpan Elapsed, string? Error = null)
{
    public const int Depth = 10;

    /// <summary>Whether the judged first resolution ranked first; null when the query judges none.</summary>
    public bool? HitAt1 => Judged.First is int first ? Top.Count > 0 && Top[0] == first : null;

    /// <summary>The expected resolutions not among <see cref="Top"/>.</summary>
    public IReadOnlyList<int> Missing => [.. Judged.Expected.Where(e => !Top.Contains(e))];

    public double RecallAt10 => (double)(Judged.Expected.Count - Missing.Count) / Judged.Expected.Count;

    public bool Passed => HitAt1 != false && Missing.Count == 0;

    /// <summary>The first <see cref="Depth"/> distinct resolutions of hits given best first.</summary>
    public static IReadOnlyList<int> TopResolutions(IEnumerable<int> resolutionOfEachHit) =>
        [.. resolutionOfEachHit.Distinct().Take(Depth)];

    public string Describe() =>
        $"line {Judged.Line} {Judged}: expected {string.Join(",", Judged.Expected)}"
        + (Judged.First is int f ? $" (first {f})" : string.Empty)
        + $"; got [{string.Join(",", Top)}]"
        + (Missing.Count > 0 ? $", missing {string.Join(",", Missing)}" : string.Empty)
        + (HitAt1 == false ? ", wrong first" : string.Empty)
        + (Error is null ? string.Empty : $", error: {Error}");
}
