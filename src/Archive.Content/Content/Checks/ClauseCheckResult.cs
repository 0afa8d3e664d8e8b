namespace Archive.Core.Content.Checks;

/// <summary>One translated clause after the checks: where it is, its own status, and what was found (accepted ones included).</summary>
public sealed record ClauseCheckResult(string File, int Line, int Resolution, string ClauseId, string Language, string Status, IReadOnlyList<ClauseFinding> Findings)
{
    /// <summary>The slug of the clause's collection.</summary>
    public string Collection { get; init; } = string.Empty;

    /// <summary>Errors and warnings nobody has accepted.</summary>
    public IEnumerable<ClauseFinding> Open => Findings.Where(f => !f.Accepted);
}
