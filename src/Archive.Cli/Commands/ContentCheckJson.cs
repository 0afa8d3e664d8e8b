using Archive.Core.Content;
using Archive.Core.Import;

namespace Archive.Cli.Commands;

/// <summary>The shape of <c>archive check-content --json</c> (content/README.md documents it).</summary>
internal static class ContentCheckJson
{
    public static object Of(ContentCheckReport report, IReadOnlyList<ImportDiagnostic> readErrors)
    {
        var fromClauses = report.Clauses.SelectMany(c => c.Open).Select(f => f.ToDiagnostic()).ToHashSet();
        var all = readErrors.Concat(report.Diagnostics).ToList();
        return new
        {
            Errors = all.Count(d => d.IsError),
            Warnings = all.Count(d => !d.IsError),
            Accepted = report.Clauses.Sum(c => c.Findings.Count(f => f.Accepted)),
            Vocabulary = report.VocabularyRead,
            Languages = report.Languages.Select(l => new
            {
                l.Language,
                l.Translated,
                l.Total,
                l.Errors,
                l.Warnings,
                l.Accepted,
                Band = l.Band is { } b ? new { b.Low, b.High, b.Median, b.P5, b.P95, b.Clauses, b.CalibratedOn } : null,
            }),
            Diagnostics = all.Where(d => !fromClauses.Contains(d)).Select(d => new { d.File, d.Line, Severity = Severity(d.Severity), d.Message }),
            Clauses = report.Clauses.Select(c => new
            {
                c.Resolution,
                Clause = c.ClauseId,
                c.Language,
                c.File,
                c.Line,
                c.Status,
                Findings = c.Findings.Select(f => new { f.Finding.Check, Severity = Severity(f.Finding.Severity), f.Finding.Subject, f.Finding.Message, f.Accepted }),
            }),
        };
    }

    private static string Severity(DiagnosticSeverity severity) => severity == DiagnosticSeverity.Error ? "error" : "warning";
}
