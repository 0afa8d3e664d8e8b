using Archive.Core.Content.Checks;
using Archive.Core.Import;

namespace Archive.Core.Tests.Content.Checks;

/// <summary>Asserts what a check found: nothing (empty <c>expected</c>), or one finding of the check whose message contains it.</summary>
internal static class CheckAssert
{
    public static void Reports(IReadOnlyList<CheckFinding> found, string check, string expected, DiagnosticSeverity severity = DiagnosticSeverity.Warning)
    {
        if (expected.Length == 0)
        {
            Assert.True(found.Count == 0, "unexpected: " + string.Join(" | ", found.Select(f => f.Message)));
            return;
        }

        var finding = Assert.Single(found);
        Assert.Equal((check, severity), (finding.Check, finding.Severity));
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }
}
