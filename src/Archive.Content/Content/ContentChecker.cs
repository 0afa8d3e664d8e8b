using System.Text.RegularExpressions;
using Archive.Core.Content.Checks;
using Archive.Core.Import;
using Archive.Core.Texts;
using static System.FormattableString;

namespace Archive.Core.Content;

/// <summary>
/// Checks content/ against the original: known languages and resolutions, complete front matter, clause ids that
/// exist and appear once, topics that cover every resolution, and each translated clause with the clause checks
/// (<see cref="ClauseChecks"/>; docs/translation-checks.md). Errors stop an import; warnings are reported unless the
/// block accepts them with a note.
/// </summary>
public static partial class ContentChecker
{
    /// <summary>
    /// Checks <paramref name="content"/> against the imported originals: each translation against its collection's
    /// original (in that collection's language), the translated titles against the originals' titles when given.
    /// </summary>
    public static ContentCheckReport Check(ContentSet content, OriginalTexts originals)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(originals);
        var source = originals.Clauses;
        var diagnostics = new List<ImportDiagnostic>();
        var clauses = source.ToDictionary(c => (c.Collection, c.Resolution, c.Id), c => c.Text);
        var resolutions = source.Select(c => (c.Collection, c.Resolution)).ToHashSet();
        var originalLanguages = originals.CollectionLanguages.Values.Append(originals.LanguageOf(originals.FirstCollection ?? string.Empty)).ToHashSet(StringComparer.Ordinal);
        var languages = LanguageChecks.Check(content.Languages, originalLanguages, diagnostics);
        TopicChecks.Check(content.Topics, resolutions, originals.FirstCollection, languages, diagnostics);
        if (content.Vocabulary is { } vocabulary)
        {
            Checks.VocabularyChecks.Check(vocabulary, languages, diagnostics);
        }
        var rightToLeft = content.Languages.Where(l => l.Code is not null && string.Equals(l.Direction, "rtl", StringComparison.Ordinal))
            .Select(l => l.Code!).ToHashSet(StringComparer.Ordinal);

        var translated = new List<(ClauseUnderCheck Clause, TranslationBlock Block, string Status)>();
        var translatedTitles = new List<ClauseUnderCheck>();
        foreach (var file in content.Translations)
        {
            var (language, collection, resolution) = TranslationFileChecks.Check(file, languages, resolutions, diagnostics);
            if (language is null || collection is null || resolution is null)
            {
                continue;
            }

            if (originals.Titles is not null && originals.Titles.TryGetValue((collection, resolution.Value), out var originalTitle))
            {
                var title = file.FrontMatter!.Title!;
                translatedTitles.Add(new ClauseUnderCheck(language, resolution.Value, "title", originalTitle, title, title) { File = file.File, Line = 1, Collection = collection });
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var block in file.Blocks)
            {
                if (!seen.Add(block.ClauseId))
                {
                    diagnostics.Add(ImportDiagnostic.Error(file.File, block.Line, $"clause id '{block.ClauseId}' appears twice"));
                }
                else if (originals.Retired.Contains((collection, resolution.Value, block.ClauseId)))
                {
                    diagnostics.Add(ImportDiagnostic.Warning(file.File, block.Line, Invariant($"clause '{block.ClauseId}' was removed from resolution {collection}/{resolution.Value} by a revision of the original (its id is retired): the block is kept in the file but not shown; delete it or move its text to the clause that replaced it")));
                }
                else if (!clauses.TryGetValue((collection, resolution.Value, block.ClauseId), out var original))
                {
                    diagnostics.Add(ImportDiagnostic.Error(file.File, block.Line, Invariant($"clause id '{block.ClauseId}' does not exist in resolution {collection}/{resolution.Value}")));
                }
                else
                {
                    if (block.Source is not null && !string.Equals(block.Source, Revisions.TextHash.Of(original), StringComparison.Ordinal))
                    {
                        diagnostics.Add(ImportDiagnostic.Warning(file.File, block.Line, $"clause '{block.ClauseId}' is outdated: the original changed after this translation (source={block.Source}, the original's text now {Revisions.TextHash.Of(original)}); check the translation and set source= to the new hash"));
                    }

                    var clause = new ClauseUnderCheck(language, resolution.Value, block.ClauseId, original, block.Markdown, MarkdownRenderer.Render(block.Markdown).PlainText)
                    {
                        File = file.File,
                        Line = block.Line,
                        Collection = collection,
                    };
                    translated.Add((clause, block, block.Status ?? file.FrontMatter!.Status!));
                }
            }
        }

        var bands = LengthCalibration.Calibrate(translated.Select(t => (t.Clause.Language, t.Clause.Original, t.Clause.Translation, t.Status is "reviewed" or "approved")));
        var results = new List<ClauseCheckResult>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var byOriginal in translated.GroupBy(t => originals.LanguageOf(t.Clause.Collection), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var checks = new ClauseChecks(content.Glossary, content.Vocabulary ?? [], byOriginal.Key, rightToLeft, bands);
            ids.UnionWith(checks.Ids);
            diagnostics.AddRange(translatedTitles.Where(t => originals.LanguageOf(t.Collection) == byOriginal.Key).SelectMany(t => checks.RunOnTitle(t).Select(f =>
                new ImportDiagnostic(t.File, t.Line, f.Severity, $"title [{f.Check}]: {f.Message}"))));
            results.AddRange(checks.Run([.. byOriginal]));
        }

        if (ids.Count == 0)
        {
            ids.UnionWith(new ClauseChecks([], [], "und", rightToLeft, bands).Ids);
        }

        foreach (var (clause, block, _) in translated)
        {
            TranslationFileChecks.CheckBlock(block, clause.File, ids, diagnostics);
        }

        diagnostics.AddRange(results.SelectMany(r => r.Open).Select(f => f.ToDiagnostic()));
        var coverage = languages.Order(StringComparer.Ordinal).Select(code =>
        {
            var mine = results.Where(r => r.Language == code).ToList();
            var findings = mine.SelectMany(r => r.Findings).ToList();
            var total = source.Count(c => originals.LanguageOf(c.Collection) != code);
            return new LanguageCoverage(code, mine.Count, total, findings.Count(f => f.Finding.IsError), findings.Count(f => !f.Finding.IsError && !f.Accepted),
                findings.Count(f => f.Accepted), bands.GetValueOrDefault(code));
        }).Where(c => c.Translated > 0 || !originalLanguages.Contains(c.Language));
        return new ContentCheckReport([.. coverage], diagnostics, results, content.Vocabulary is not null);
    }

    /// <summary>The digit runs of a text, in ASCII digits, whatever the digits' script ("٣١ هزار" → 31).</summary>
    public static IReadOnlyList<string> Numbers(string text) =>
        [.. DigitRun().Matches(new string([.. text.Select(c => char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c)])).Select(m => m.Value)];

    [GeneratedRegex("[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();
}
