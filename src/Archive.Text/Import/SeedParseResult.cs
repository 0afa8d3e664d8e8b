namespace Archive.Core.Import;

/// <summary>What <see cref="SeedParser"/> found: the resolutions in order and any warnings or errors.</summary>
public sealed record SeedParseResult(IReadOnlyList<ParsedResolution> Resolutions, IReadOnlyList<ImportDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
