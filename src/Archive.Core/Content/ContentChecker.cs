using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Core.Import;
using Archive.Core.Texts;

namespace Archive.Core.Content;

/// <summary>
/// Checks content/ against the original: known languages and resolutions, complete front matter, clause ids that
/// exist and appear once, numbers of the source present in each translation, plausible lengths, and topics that
/// cover every resolution. Errors stop an import; warnings are reported.
/// </summary>
public static partial class ContentChecker
{
    /// <summary>Translation length / source length outside this band is reported (for clauses of 40+ characters).</summary>
    public const double MinLengthRatio = 0.5;

    public const double MaxLengthRatio = 3.0;

    private static readonly string[] Statuses = ["draft", "reviewed", "approved"];

    public static ContentCheckReport Check(ContentSet content, IReadOnlyList<SourceClause> source)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        var diagnostics = new List<ImportDiagnostic>();
        var clauses = source.ToDictionary(c => (c.Resolution, c.Id), c => c.Text);
        var resolutions = source.Select(c => c.Resolution).ToHashSet();
        var languages = LanguageChecks.Check(content.Languages, diagnostics);
        TopicChecks.Check(content.Topics, resolutions, languages, diagnostics);

        var coverage = new Dictionary<string, (int Translated, int Numbers, int Lengths)>(StringComparer.Ordinal);
        foreach (var code in languages.Where(l => l != "fa"))
        {
            coverage[code] = (0, 0, 0);
        }

        foreach (var file in content.Translations)
        {
            var (language, resolution) = CheckFile(file, languages, resolutions, diagnostics);
            if (language is null || resolution is null)
            {
                continue;
            }

            var counts = coverage.GetValueOrDefault(language);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var block in file.Blocks)
            {
                if (!seen.Add(block.ClauseId))
                {
                    diagnostics.Add(ImportDiagnostic.Error(file.File, block.Line, $"clause id '{block.ClauseId}' appears twice"));
                    continue;
                }

                if (!clauses.TryGetValue((resolution.Value, block.ClauseId), out var original))
                {
                    diagnostics.Add(ImportDiagnostic.Error(file.File, block.Line, Invariant($"clause id '{block.ClauseId}' does not exist in resolution {resolution.Value}")));
                    continue;
                }

                counts.Translated++;
                var plain = MarkdownRenderer.Render(block.Markdown).PlainText;
                counts.Numbers += CheckNumbers(file.File, block, original, plain, diagnostics);
                counts.Lengths += CheckLength(file.File, block, original, plain, diagnostics);
            }

            coverage[language] = counts;
        }

        var total = source.Count;
        return new ContentCheckReport(
            [.. coverage.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new LanguageCoverage(kv.Key, kv.Value.Translated, total, kv.Value.Numbers, kv.Value.Lengths))],
            diagnostics);
    }

    /// <summary>The digit runs of a text, in ASCII digits ("٣١ هزار" → 31).</summary>
    public static IReadOnlyList<string> Numbers(string text) =>
        [.. DigitRun().Matches(PersianText.ToAsciiDigits(text)).Select(m => m.Value)];

    private static (string? Language, int? Resolution) CheckFile(TranslationFile file, IReadOnlySet<string> languages, HashSet<int> resolutions, List<ImportDiagnostic> diagnostics)
    {
        var fm = file.FrontMatter;
        if (fm is null)
        {
            return (null, null);
        }

        var missing = new List<string>();
        if (fm.Resolution is null) { missing.Add("resolution"); }
        if (string.IsNullOrWhiteSpace(fm.Language)) { missing.Add("language"); }
        if (string.IsNullOrWhiteSpace(fm.Title)) { missing.Add("title"); }
        if (string.IsNullOrWhiteSpace(fm.Status)) { missing.Add("status"); }
        if (string.IsNullOrWhiteSpace(fm.Translator)) { missing.Add("translator"); }
        if (string.IsNullOrWhiteSpace(fm.Date)) { missing.Add("date"); }
        if (missing.Count > 0)
        {
            diagnostics.Add(ImportDiagnostic.Error(file.File, 1, "front matter lacks: " + string.Join(", ", missing)));
            return (null, null);
        }

        var folder = Path.GetFileName(Path.GetDirectoryName(file.File)) ?? string.Empty;
        var ok = true;
        if (!languages.Contains(fm.Language!))
        {
            diagnostics.Add(ImportDiagnostic.Error(file.File, 1, $"unknown language code '{fm.Language}' (content/languages.yml lists the codes)"));
            ok = false;
        }
        else if (folder != fm.Language)
        {
            diagnostics.Add(ImportDiagnostic.Error(file.File, 1, $"language '{fm.Language}' does not match the folder '{folder}'"));
            ok = false;
        }

        if (!resolutions.Contains(fm.Resolution!.Value))
        {
            diagnostics.Add(ImportDiagnostic.Error(file.File, 1, Invariant($"unknown resolution {fm.Resolution.Value}: the archive has no such resolution")));
            ok = false;
        }

        if (!Statuses.Contains(fm.Status, StringComparer.Ordinal))
        {
            diagnostics.Add(ImportDiagnostic.Error(file.File, 1, $"status '{fm.Status}' is not one of draft, reviewed, approved"));
            ok = false;
        }

        return ok ? (fm.Language, fm.Resolution) : (null, null);
    }

    private static int CheckNumbers(string file, TranslationBlock block, string original, string translation, List<ImportDiagnostic> diagnostics)
    {
        var present = Numbers(translation).ToHashSet(StringComparer.Ordinal);
        var missing = Numbers(original).Where(n => !present.Contains(n)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        diagnostics.Add(ImportDiagnostic.Warning(file, block.Line, $"clause '{block.ClauseId}': the source's number(s) {string.Join(", ", missing)} do not appear in the translation"));
        return 1;
    }

    private static int CheckLength(string file, TranslationBlock block, string original, string translation, List<ImportDiagnostic> diagnostics)
    {
        if (original.Length < 40)
        {
            return 0;
        }

        var ratio = (double)translation.Length / original.Length;
        if (ratio is >= MinLengthRatio and <= MaxLengthRatio)
        {
            return 0;
        }

        diagnostics.Add(ImportDiagnostic.Warning(file, block.Line, Invariant($"clause '{block.ClauseId}': translation is {ratio:0.00}× the source's length; check for omissions or additions")));
        return 1;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();
}
