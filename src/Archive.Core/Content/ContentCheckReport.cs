using Archive.Core.Import;

namespace Archive.Core.Content;

/// <summary>The outcome of <see cref="ContentChecker"/>: coverage per language and every problem found.</summary>
public sealed record ContentCheckReport(IReadOnlyList<LanguageCoverage> Languages, IReadOnlyList<ImportDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
