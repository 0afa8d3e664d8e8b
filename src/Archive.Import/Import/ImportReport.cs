namespace Archive.Core.Import;

/// <summary>The outcome of one import run: per-file summaries and every warning or error.</summary>
public sealed class ImportReport
{
    public List<DocumentImportSummary> Documents { get; } = [];

    public List<ImportDiagnostic> Diagnostics { get; } = [];

    /// <summary>The clause-id ledgers (content/ids/) this import wrote because their ids changed; commit them with the seed.</summary>
    public List<string> LedgersWritten { get; } = [];

    /// <summary>Translation files whose blocks got the <c>source=</c> hash of their original (new blocks); commit them.</summary>
    public List<string> TranslationsStamped { get; } = [];

    /// <summary>Translation rows written or removed, and topics, when content/ was imported.</summary>
    public ContentImportSummary? Content { get; set; }

    /// <summary>Whether the database changed; false for a repeated import of the same files.</summary>
    public bool Changed { get; set; }

    /// <summary>The import generation after the run.</summary>
    public long Generation { get; set; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
