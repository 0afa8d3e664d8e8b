using Archive.Core.Import;

namespace Archive.Core.Content.Checks;

/// <summary>
/// One thing a check found in one clause: which check, how sure (error: certainly wrong; warning: look at it), what,
/// and about what (<see cref="Subject"/>: the glossary term, the concept id, the numbers), so that a block can accept
/// one warning (<c>accept=glossary:اعدام</c>) without accepting every other warning of the check.
/// </summary>
public sealed record CheckFinding(string Check, DiagnosticSeverity Severity, string Message)
{
    public string? Subject { get; init; }

    /// <summary>Whether a block's <c>accept=</c> entry, a check id or <c>check:subject</c>, covers this finding.</summary>
    public bool IsAcceptedBy(string entry) =>
        !IsError && (string.Equals(entry, Check, StringComparison.Ordinal) || (Subject is not null && string.Equals(entry, $"{Check}:{Subject}", StringComparison.Ordinal)));

    public static CheckFinding Error(string check, string message) => new(check, DiagnosticSeverity.Error, message);

    public static CheckFinding Warning(string check, string message) => new(check, DiagnosticSeverity.Warning, message);

    public bool IsError => Severity == DiagnosticSeverity.Error;
}
