using System.Text;
using Archive.Core.Import;

namespace Archive.Core.Content;

/// <summary>
/// Reads a translation file: YAML front matter between <c>---</c> lines, then one block per clause, each opened by
/// a line <c>{#clause-id}</c> with optional attributes (<see cref="BlockMarker"/>) (see content/README.md). Pure: reports problems with file and line.
/// </summary>
public static class TranslationFileParser
{
    public static TranslationFile Parse(string text, string file, List<ImportDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var lines = Import.SeedParser.SplitLines(text.TrimStart('\uFEFF')).ToList();
        if (lines.Count == 0 || lines[0].Trim() != "---")
        {
            diagnostics.Add(ImportDiagnostic.Error(file, 1, "missing front matter: the file must start with a '---' line"));
            return new TranslationFile(file, null, []);
        }

        var end = lines.FindIndex(1, l => l.Trim() == "---");
        if (end < 0)
        {
            diagnostics.Add(ImportDiagnostic.Error(file, 1, "front matter is not closed by a '---' line"));
            return new TranslationFile(file, null, []);
        }

        var front = FrontMatter.Read<TranslationFrontMatter>(string.Join('\n', lines.Skip(1).Take(end - 1)), file, diagnostics);
        return new TranslationFile(file, front, ReadBlocks(lines, end + 1, file, diagnostics));
    }

    private static List<TranslationBlock> ReadBlocks(List<string> lines, int start, string file, List<ImportDiagnostic> diagnostics)
    {
        var blocks = new List<TranslationBlock>();
        TranslationBlock? open = null;
        var body = new StringBuilder();
        for (var i = start; i < lines.Count; i++)
        {
            if (BlockMarker.Looks(lines[i]))
            {
                Flush();
                open = BlockMarker.Read(lines[i], i + 1, out var error);
                if (open is null)
                {
                    diagnostics.Add(ImportDiagnostic.Error(file, i + 1, error!));
                    return blocks;
                }

                continue;
            }

            if (open is null)
            {
                if (lines[i].Trim().Length > 0)
                {
                    diagnostics.Add(ImportDiagnostic.Error(file, i + 1, "text outside a clause block: open each clause with a line '{#clause-id}'"));
                    return blocks;
                }

                continue;
            }

            body.Append(lines[i]).Append('\n');
        }

        Flush();
        return blocks;

        void Flush()
        {
            if (open is null)
            {
                return;
            }

            var markdown = body.ToString().Trim();
            if (markdown.Length == 0)
            {
                diagnostics.Add(ImportDiagnostic.Error(file, open.Line, $"clause block '{open.ClauseId}' is empty"));
            }
            else
            {
                blocks.Add(open with { Markdown = markdown });
            }

            body.Clear();
        }
    }
}
