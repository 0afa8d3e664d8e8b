using System.Text;
using System.Text.RegularExpressions;
using Archive.Core.Texts;

namespace Archive.Core.Import;

/// <summary>The body of a structured seed file read line by line: its heading and its clause blocks.</summary>
internal sealed partial class MarkdownSeedBody(string file, List<ImportDiagnostic> diagnostics)
{
    private readonly List<ParsedClause> _clauses = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly StringBuilder _text = new();
    private (string Id, string Label, int Line)? _open;

    public (string Text, int Line)? Heading { get; private set; }

    public void Read(string raw, int line)
    {
        var trimmed = raw.Trim();
        if (trimmed.StartsWith("# ", StringComparison.Ordinal) && _open is null && Heading is null)
        {
            Heading = (trimmed[2..].Trim(), line);
            return;
        }

        if (trimmed.StartsWith("{#", StringComparison.Ordinal))
        {
            Close();
            Open(trimmed, line);
            return;
        }

        if (trimmed.Length == 0)
        {
            return;
        }

        if (_open is null)
        {
            diagnostics.Add(ImportDiagnostic.Error(file, line, Heading is null
                ? "text before the heading: the first line after the front matter is '# heading'"
                : "text outside a clause: open each clause with a line {#id} or {#id label=\"…\"}"));
            return;
        }

        _text.Append(_text.Length > 0 ? "\n" : string.Empty).Append(trimmed);
    }

    public IReadOnlyList<ParsedClause> Finish()
    {
        Close();
        if (_clauses.Count == 0 && Heading is not null && !diagnostics.Any(d => d.IsError && d.File == file))
        {
            diagnostics.Add(ImportDiagnostic.Error(file, Heading.Value.Line, "the resolution has no clause: open each with a line {#id}"));
        }

        return _clauses;
    }

    private void Open(string marker, int line)
    {
        var m = Marker().Match(marker);
        if (!m.Success || !TextRef.IsValidClauseId(m.Groups["id"].Value))
        {
            diagnostics.Add(ImportDiagnostic.Error(file, line, "malformed clause marker: write {#id} or {#id label=\"…\"}, the id 1–16 lower-case ASCII letters, digits or '_'"));
            return;
        }

        var id = m.Groups["id"].Value;
        if (!_ids.Add(id))
        {
            diagnostics.Add(ImportDiagnostic.Error(file, line, $"clause id '{id}' appears twice"));
            return;
        }

        _open = (id, m.Groups["label"].Success ? m.Groups["label"].Value : string.Empty, line);
    }

    private void Close()
    {
        if (_open is not { } open)
        {
            return;
        }

        if (_text.Length == 0)
        {
            diagnostics.Add(ImportDiagnostic.Error(file, open.Line, $"clause '{open.Id}' has no text"));
        }
        else
        {
            var kind = MarkdownSeedParser.KindOf(open.Id);
            var label = kind == ClauseKind.Paragraph ? string.Empty : open.Label.Length > 0 ? open.Label : open.Id;
            _clauses.Add(new ParsedClause(open.Id, kind, label, string.Empty, _text.ToString(), open.Line + 1));
        }

        _open = null;
        _text.Clear();
    }

    [GeneratedRegex(@"^\{#(?<id>[^}\s]*)(?:\s+label=""(?<label>[^""]+)"")?\s*\}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
