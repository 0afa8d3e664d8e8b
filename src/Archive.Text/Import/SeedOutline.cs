namespace Archive.Core.Import;

/// <summary>
/// What the checks before writing need of a parsed seed file, without its text: each resolution's number and heading
/// line, in order, and the number of clauses.
/// </summary>
public sealed record SeedOutline(IReadOnlyList<(int Number, int Line)> Resolutions, int Clauses)
{
    /// <summary>Enumerates <paramref name="resolutions"/> once (a streaming parse runs through the whole file), keeping only the outline.</summary>
    public static SeedOutline Of(IEnumerable<ParsedResolution> resolutions)
    {
        ArgumentNullException.ThrowIfNull(resolutions);
        var numbers = new List<(int Number, int Line)>();
        var clauses = 0;
        foreach (var resolution in resolutions)
        {
            numbers.Add((resolution.Number, resolution.Line));
            clauses += resolution.Clauses.Count;
        }

        return new SeedOutline(numbers, clauses);
    }
}
