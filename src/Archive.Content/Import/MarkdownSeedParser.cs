using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Core.Texts;

namespace Archive.Core.Import;

/// <summary>
/// Reads one resolution in the structured seed format (docs/collections.md): front matter between <c>---</c> lines
/// naming its number, one <c># heading</c> line, then one block per clause opened by a line <c>{#id}</c> or
/// <c>{#id label="…"}</c>. Nothing in it depends on the language, so an original in any language needs no parser of its own.
/// </summary>
public static partial class MarkdownSeedParser
{
    public static SeedParseResult Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new List<ImportDiagnostic>();
        var lines = SeedParser.SplitLines(text.TrimStart('\uFEFF')).ToList();
        var end = lines.Count > 0 && lines[0].Trim() == "---" ? lines.FindIndex(1, l => l.Trim() == "---") : -1;
        if (end < 0)
        {
            diagnostics.Add(ImportDiagnostic.Error(file, 1, "front matter missing or not closed: the file starts with '---', the resolution's number, and '---'"));
            return new SeedParseResult([], diagnostics);
        }

        var front = FrontMatter.Read<MarkdownSeedFrontMatter>(string.Join('\n', lines.Skip(1).Take(end - 1)), file, diagnostics);
        if (front is null)
        {
            return new SeedParseResult([], diagnostics);
        }

        var kind = front.Kind switch
        {
            null or "qatnameh" => ResolutionKind.Qatnameh,
            "qarar" => ResolutionKind.Qarar,
            _ => (ResolutionKind?)null,
        };
        if (front.Resolution is not > 0 || kind is null)
        {
            diagnostics.Add(ImportDiagnostic.Error(file, 2, front.Resolution is not > 0
                ? "front matter: 'resolution' must be the resolution's number, 1 or more"
                : $"front matter: kind '{front.Kind}' is not one of qatnameh, qarar"));
            return new SeedParseResult([], diagnostics);
        }

        var body = new MarkdownSeedBody(file, diagnostics);
        for (var i = end + 1; i < lines.Count; i++)
        {
            body.Read(lines[i], i + 1);
        }

        var clauses = body.Finish();
        if (body.Heading is null)
        {
            diagnostics.Add(ImportDiagnostic.Error(file, end + 2, "no heading: write the resolution's heading as a line '# …' before its clauses"));
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return new SeedParseResult([], diagnostics);
        }

        var heading = body.Heading!.Value;
        return new SeedParseResult(
            [new ParsedResolution(front.Resolution.Value, kind.Value, heading.Text, heading.Text, front.PrintedNumber, heading.Line, clauses)],
            diagnostics);
    }

    /// <summary>The kind a clause id gives: <c>p1</c> a paragraph, digits a numbered item, anything else a lettered item.</summary>
    internal static ClauseKind KindOf(string id) =>
        ParagraphId().IsMatch(id) ? ClauseKind.Paragraph
        : id.All(char.IsAsciiDigit) ? ClauseKind.Numbered
        : ClauseKind.Lettered;

    [GeneratedRegex(@"^p[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphId();
}
