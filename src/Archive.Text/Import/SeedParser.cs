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
        var diagnostics = new List<ImportDiagnostic>();
        var resolutions = Read(SplitLines(text), file, language, diagnostics).ToList();
        return new SeedParseResult(resolutions, diagnostics);
    }

    /// <summary>
    /// Parses the text's <paramref name="lines"/> (<see cref="SplitLines"/>, or <see cref="Utf8FileLines"/> from a file)
    /// resolution by resolution as the result is enumerated, adding warnings and errors to
    /// <paramref name="diagnostics"/> as they are found: a caller that writes each resolution and lets it go holds one
    /// resolution, not the document. Enumerated to the end, the diagnostics are those of <see cref="Parse"/>.
    /// </summary>
    public static IEnumerable<ParsedResolution> Read(IEnumerable<string> lines, string file, LanguageRules language, ICollection<ImportDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return Resolutions(lines, file, language, diagnostics);
    }

    private static IEnumerable<ParsedResolution> Resolutions(IEnumerable<string> lines, string file, LanguageRules language, ICollection<ImportDiagnostic> diagnostics)
    {
        ResolutionBuilder? current = null;
        var count = 0;
        var reportedOrphan = false;
        var lineNumber = 0;

        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (HeadingLine.TryMatch(line, language, out var heading))
            {
                if (current is not null)
                {
                    yield return current.Finish(diagnostics, file);
                }

                current = StartResolution(heading, language, ++count, lineNumber, line, file, diagnostics);
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

        if (current is not null)
        {
            yield return current.Finish(diagnostics, file);
        }

        // The only error the parser reports is text before the first heading.
        if (count == 0 && !reportedOrphan)
        {
            diagnostics.Add(ImportDiagnostic.Error(file, 0, $"no resolution heading found (a heading line starts with {language.HeadingWordList()})"));
        }
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

    private static ResolutionBuilder StartResolution(HeadingLine heading, LanguageRules language, int number, int line, string headingText, string file, ICollection<ImportDiagnostic> diagnostics)
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

        public void AddClause(string text, int lineNumber, string file, ICollection<ImportDiagnostic> diagnostics)
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

        public ParsedResolution Finish(ICollection<ImportDiagnostic> diagnostics, string file)
        {
            if (_clauses.Count == 0)
            {
                diagnostics.Add(ImportDiagnostic.Warning(file, line, string.Create(CultureInfo.InvariantCulture, $"resolution {number} has a heading but no clauses")));
            }

            return new ParsedResolution(number, heading.Kind, headingText, heading.Title, heading.PrintedNumber, line, _clauses);
        }
    }
}
