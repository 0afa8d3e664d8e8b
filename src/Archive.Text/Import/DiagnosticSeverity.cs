namespace Archive.Core.Import;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
