using System.Globalization;
using Archive.Core.Texts;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Import;

/// <summary>
/// Turns a seed text into resolutions and clauses. Pure: no I/O, no normalisation of the stored text.
/// Every non-empty line after a heading is one clause; labels and ids follow docs/clause-ids.md.
/// </summary>
public static class SeedParser
{
    public static SeedParseResult Parse(string text, string file, LanguageRules language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        var resolutions = new List<ParsedResolution>();
        var diagnostics = new List<ImportDiagnostic>();
        ResolutionBuilder? current = null;
        var reportedOrphan = false;
        var lineNumber = 0;

        foreach (var raw in SplitLines(text))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (HeadingLine.TryMatch(line, language, out var heading))
            {
                current?.Finish(resolutions, diagnostics, file);
                current = StartResolution(heading, language, resolutions.Count + 1, lineNumber, line, file, diagnostics);
                continue;
            }

            if (current is null)
            {
                if (!reportedOrphan)
                {
                    diagnostics.Add(ImportDiagnostic.Error(file, lineNumber, $"text before the first resolution heading (a heading starts with {language.HeadingWordList()})"));
                    reportedOrphan = true;
                }

                continue;
            }

            current.AddClause(line, lineNumber, file, diagnostics);
        }

        current?.Finish(resolutions, diagnostics, file);
        if (resolutions.Count == 0 && !diagnostics.Any(d => d.IsError))
        {
            diagnostics.Add(ImportDiagnostic.Error(file, 0, $"no resolution heading found (a heading line starts with {language.HeadingWordList()})"));
        }

        return new SeedParseResult(resolutions, diagnostics);
    }

    /// <summary>Splits on CR LF, LF or CR, keeping empty lines so line numbers match an editor's.</summary>
    public static IEnumerable<string> SplitLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                yield return text[start..i];
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static ResolutionBuilder StartResolution(HeadingLine heading, LanguageRules language, int number, int line, string headingText, string file, List<ImportDiagnostic> diagnostics)
    {
        if (heading.PrintedNumber is not null
            && language.TryParseNumber(heading.PrintedNumber, out var printed)
            && printed != number)
        {
            diagnostics.Add(ImportDiagnostic.Warning(file, line, string.Create(CultureInfo.InvariantCulture,
                $"heading carries the printed number {heading.PrintedNumber} but is resolution {number} by order; kept as {number}")));
        }

        if (heading.Word.MisspellingOf is { } meant)
        {
            diagnostics.Add(ImportDiagnostic.Warning(file, line, $"heading starts with '{heading.Word.Word}', a misspelling of '{meant}'; read as a heading, text kept as printed"));
        }

        return new ResolutionBuilder(number, heading, language, headingText, line);
    }

    private sealed class ResolutionBuilder(int number, HeadingLine heading, LanguageRules language, string headingText, int line)
    {
        private readonly List<ParsedClause> _clauses = [];
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private int _paragraphs;

        public void AddClause(string text, int lineNumber, string file, List<ImportDiagnostic> diagnostics)
        {
            var clause = ClauseLine.Classify(text, language, lineNumber, ref _paragraphs);
            if (!_ids.Add(clause.Id))
            {
                var n = 2;
                while (!_ids.Add(string.Create(CultureInfo.InvariantCulture, $"{clause.Id}_{n}")))
                {
                    n++;
                }

                var id = string.Create(CultureInfo.InvariantCulture, $"{clause.Id}_{n}");
                diagnostics.Add(ImportDiagnostic.Warning(file, lineNumber, $"label '{clause.Label}' repeats within resolution {number.ToString(CultureInfo.InvariantCulture)}; clause id '{id}'"));
                clause = clause with { Id = id };
            }

            _clauses.Add(clause);
        }

        public void Finish(List<ParsedResolution> resolutions, List<ImportDiagnostic> diagnostics, string file)
        {
            if (_clauses.Count == 0)
            {
                diagnostics.Add(ImportDiagnostic.Warning(file, line, string.Create(CultureInfo.InvariantCulture, $"resolution {number} has a heading but no clauses")));
            }

            resolutions.Add(new ParsedResolution(number, heading.Kind, headingText, heading.Title, heading.PrintedNumber, line, _clauses));
        }
    }
}
