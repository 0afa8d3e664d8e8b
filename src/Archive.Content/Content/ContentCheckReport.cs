using Archive.Core.Content.Checks;
using Archive.Core.Import;

namespace Archive.Core.Content;

/// <summary>
/// The outcome of <see cref="ContentChecker"/>: coverage per language, every problem found as a diagnostic (accepted
/// warnings left out), each translated clause with its findings, and whether content/vocabulary.yml was there.
/// </summary>
public sealed record ContentCheckReport(
    IReadOnlyList<LanguageCoverage> Languages,
    IReadOnlyList<ImportDiagnostic> Diagnostics,
    IReadOnlyList<ClauseCheckResult> Clauses,
    bool VocabularyRead)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
