using Archive.Core.Import;

namespace Archive.Core.Content.Checks;

/// <summary>One thing a check found in one clause: which check, how sure (error: certainly wrong; warning: look at it), what.</summary>
public sealed record CheckFinding(string Check, DiagnosticSeverity Severity, string Message)
{
    public static CheckFinding Error(string check, string message) => new(check, DiagnosticSeverity.Error, message);

    public static CheckFinding Warning(string check, string message) => new(check, DiagnosticSeverity.Warning, message);

    public bool IsError => Severity == DiagnosticSeverity.Error;
}
