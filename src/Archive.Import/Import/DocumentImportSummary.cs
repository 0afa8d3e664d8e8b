namespace Archive.Core.Import;

/// <summary>What an import did with one seed file.</summary>
public sealed record DocumentImportSummary(
    string Path,
    DocumentChange Change,
    int Resolutions,
    int Clauses,
    int ClausesAdded,
    int ClausesUpdated,
    int ClausesRemoved);
