namespace Archive.Core.Import;

/// <summary>Raised inside an import transaction when the input contradicts what the database holds; the import rolls back.</summary>
public sealed class ImportConflictException : Exception
{
    public ImportConflictException()
    {
    }

    public ImportConflictException(string message)
        : base(message)
    {
    }

    public ImportConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ImportConflictException(ImportDiagnostic diagnostic)
        : base(diagnostic?.ToString())
    {
        Diagnostic = diagnostic;
    }

    public ImportDiagnostic? Diagnostic { get; }
}
