using System.Globalization;
using Archive.Core.Import;

namespace Archive.Core.Content.Checks;

/// <summary>
/// A finding placed in the content: file and line of the block, resolution, clause id and language. A warning a person
/// has looked at and accepted in the block (<c>accept=</c> with a <c>note=</c>) is kept, marked <see cref="Accepted"/>.
/// </summary>
public sealed record ClauseFinding(string File, int Line, int Resolution, string ClauseId, string Language, CheckFinding Finding, bool Accepted)
{
    /// <summary>The slug of the clause's collection.</summary>
    public string Collection { get; init; } = string.Empty;

    /// <summary>The finding as a diagnostic line, <c>file:line: warning: clause 'b' [numbers]: …</c>.</summary>
    public ImportDiagnostic ToDiagnostic() =>
        new(File, Line, Finding.Severity, string.Create(CultureInfo.InvariantCulture, $"clause '{ClauseId}' [{Finding.Check}]: {Finding.Message}"));
}
