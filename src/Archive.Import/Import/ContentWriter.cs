using System.Security.Cryptography;
using System.Text;
using Archive.Core.Content;
using Archive.Core.Storage;
using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Import;

/// <summary>
/// Brings languages, topics, the glossary and translations in the database in line with a checked <see cref="ContentSet"/>.
/// Rows are matched by natural keys (language code, topic slug, clause + language) and updated in place.
/// </summary>
internal static class ContentWriter
{
    public static async Task<ContentImportSummary> ApplyAsync(ArchiveDbContext db, ContentSet content, string? firstCollection, CancellationToken cancellationToken)
    {
        var changed = await WriteLanguagesAsync(db, content.Languages, cancellationToken);
        changed |= await WriteTopicsAsync(db, content.Topics, firstCollection, cancellationToken);
        changed |= await GlossaryWriter.WriteAsync(db, content.Glossary, cancellationToken);
        var (translationsChanged, perLanguage) = await WriteTranslationsAsync(db, content.Translations, cancellationToken);
        return new ContentImportSummary(perLanguage, translationsChanged, content.Topics.Count, changed || translationsChanged > 0);
    }

    private static async Task<bool> WriteLanguagesAsync(ArchiveDbContext db, IReadOnlyList<LanguageEntry> entries, CancellationToken cancellationToken)
    {
        var existing = await db.Languages.ToDictionaryAsync(l => l.Code, StringComparer.Ordinal, cancellationToken);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (!existing.Remove(e.Code!, out var language))
            {
                language = new Language { Code = e.Code!, NativeName = e.NativeName!, EnglishName = e.EnglishName!, Direction = e.Direction! };
                db.Languages.Add(language);
            }

            (language.NativeName, language.EnglishName, language.Direction, language.NotTranslated, language.Ordinal) = (e.NativeName!, e.EnglishName!, e.Direction!, e.NotTranslated, i);
        }

        db.Languages.RemoveRange(existing.Values);
        return db.ChangeTracker.Entries<Language>().Any(e => e.State != EntityState.Unchanged);
    }

    private static async Task<bool> WriteTopicsAsync(ArchiveDbContext db, IReadOnlyList<TopicEntry> entries, string? firstCollection, CancellationToken cancellationToken)
    {
        var existing = await db.Topics.Include(t => t.Resolutions).ToDictionaryAsync(t => t.Slug, StringComparer.Ordinal, cancellationToken);
        // Only the resolutions the topics name (by number; a number of another collection too is harmless), not the whole archive.
        var numbers = entries.SelectMany(e => e.Resolutions).Select(w => TopicChecks.Resolve(w, firstCollection)!.Value.Number).Distinct().ToList();
        var resolutions = await db.Resolutions.Where(r => numbers.Contains(r.Number)).Include(r => r.Collection).ToDictionaryAsync(r => (r.Collection!.Slug, r.Number), cancellationToken);
        var changed = false;
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (!existing.Remove(e.Slug!, out var topic))
            {
                topic = new Topic { Slug = e.Slug! };
                db.Topics.Add(topic);
                changed = true;
            }

            topic.Ordinal = i;
            var labels = e.Labels.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)).ToList();
            if (!labels.SequenceEqual(topic.Labels.OrderBy(l => l.Language, StringComparer.Ordinal).Select(l => (l.Language, l.Label))))
            {
                topic.Labels.Clear();
                topic.Labels.AddRange(labels.Select(l => new TopicLabel { Language = l.Key, Label = l.Value }));
                changed = true;
            }

            var wanted = e.Resolutions.Select(w => resolutions[TopicChecks.Resolve(w, firstCollection)!.Value]).Distinct().OrderBy(r => r.Id).ToList();
            if (!wanted.SequenceEqual(topic.Resolutions.OrderBy(r => r.Id)))
            {
                topic.Resolutions.Clear();
                topic.Resolutions.AddRange(wanted);
                changed = true;
            }
        }

        changed |= existing.Count > 0;
        db.Topics.RemoveRange(existing.Values);
        return changed || db.ChangeTracker.Entries<Topic>().Any(e => e.State == EntityState.Modified);
    }

    private static async Task<(int Changed, IReadOnlyDictionary<string, int> PerLanguage)> WriteTranslationsAsync(
        ArchiveDbContext db, IReadOnlyList<TranslationFile> files, CancellationToken cancellationToken)
    {
        // The resolutions a file translates and those holding translations (which may have to go), not the whole archive.
        var numbers = files.Select(f => f.FrontMatter!.Resolution!.Value).Distinct().ToList();
        var resolutions = await db.Resolutions.Where(r => numbers.Contains(r.Number) || r.Translations.Count != 0 || r.Clauses.Any(c => c.Translations.Count != 0))
            .Include(r => r.Collection).Include(r => r.Translations).Include(r => r.Clauses).ThenInclude(c => c.Translations)
            .AsSplitQuery().ToDictionaryAsync(r => (r.Collection!.Slug, r.Number), cancellationToken);
        var keepTitles = new HashSet<ResolutionTranslation>();
        var keepClauses = new HashSet<ClauseTranslation>();
        var perLanguage = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var changed = 0;
        foreach (var file in files)
        {
            var fm = file.FrontMatter!;
            var language = fm.Language!;
            var resolution = resolutions[(Path.GetFileName(Path.GetDirectoryName(file.File))!, fm.Resolution!.Value)];
            var status = Enum.Parse<TranslationStatus>(fm.Status!, ignoreCase: true);
            var title = resolution.Translations.FirstOrDefault(t => t.Language == language);
            if (title is null)
            {
                title = new ResolutionTranslation { Language = language, Title = fm.Title!, Translator = fm.Translator!, File = file.File };
                resolution.Translations.Add(title);
            }

            (title.Title, title.Status, title.Translator, title.Date, title.File) = (fm.Title!, status, fm.Translator!, fm.Date, file.File);
            keepTitles.Add(title);
            foreach (var block in file.Blocks)
            {
                // A block for a retired clause stays in its file and is reported by the checks; nothing shows it.
                if (resolution.Clauses.SingleOrDefault(c => c.Key == block.ClauseId) is not { } clause)
                {
                    continue;
                }

                var declared = block.Status is null ? status : Enum.Parse<TranslationStatus>(block.Status, ignoreCase: true);
                var original = Revisions.TextHash.Of(clause.Text);
                var source = block.Source ?? original;
                var blockStatus = string.Equals(source, original, StringComparison.Ordinal) ? declared : TranslationStatus.Outdated;
                var hash = Hash(block.Markdown, block.Status ?? fm.Status!, fm.Translator!);
                var row = clause.Translations.FirstOrDefault(t => t.Language == language);
                if (row is null || row.ContentHash != hash || row.Status != blockStatus || row.SourceHash != source)
                {
                    var rendered = MarkdownRenderer.Render(block.Markdown);
                    if (row is null)
                    {
                        row = new ClauseTranslation { Language = language, Markdown = block.Markdown, Html = rendered.Html, PlainText = rendered.PlainText, Source = fm.Translator!, ContentHash = hash };
                        clause.Translations.Add(row);
                    }

                    (row.Markdown, row.Html, row.PlainText, row.Status, row.Source, row.ContentHash, row.SourceHash) = (block.Markdown, rendered.Html, rendered.PlainText, blockStatus, fm.Translator!, hash, source);
                    changed++;
                }

                keepClauses.Add(row);
                perLanguage[language] = perLanguage.GetValueOrDefault(language) + 1;
            }
        }

        foreach (var r in resolutions.Values)
        {
            foreach (var gone in r.Translations.Where(t => !keepTitles.Contains(t)).ToList())
            {
                db.ResolutionTranslations.Remove(gone);
                changed++;
            }

            foreach (var gone in r.Clauses.SelectMany(c => c.Translations).Where(t => !keepClauses.Contains(t)).ToList())
            {
                db.ClauseTranslations.Remove(gone);
                changed++;
            }
        }

        changed += db.ChangeTracker.Entries<ResolutionTranslation>().Count(e => e.State == EntityState.Modified);
        return (changed, perLanguage);
    }

    private static string Hash(string markdown, string status, string source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{status}\n{source}\n{markdown}")));
}
