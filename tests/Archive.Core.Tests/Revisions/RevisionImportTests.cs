using Archive.Core.Import;
using Archive.Core.Texts;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Revisions;

/// <summary>
/// An editor's edits to resolution 1 of a copy of the real seed, each imported over the first import with content/:
/// the import succeeds, every clause still there keeps its id and its English and German translations, and a fresh
/// database importing the same folder (a fresh clone, through the id ledger) gives the same ids.
/// </summary>
public sealed class RevisionImportTests
{
    public static TheoryData<string> Providers => DatabaseProviders.All;

    private const string NewParagraph = "این بند تازه در بازنگری متن افزوده شده است و پیش از این نبود.";

    [Fact]
    public async Task AParagraphInsertedAtTheTop_GetsANewIdAndNoTranslation()
    {
        var (before, after, _) = await ReviseAsync(e => e.InsertBefore("p1", NewParagraph));
        Assert.Equal(("p5", null, null), (after[0].Id, after[0].En, after[0].De));
        Assert.Equal(before.Select(c => c.Id), after.Skip(1).Select(c => c.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ADeletedParagraph_IsRetiredWithItsLastTextAndItsTranslationBlockIsReported(string provider)
    {
        var (_, after, report) = await ReviseAsync(e => e.Delete("p2"), provider, async archive =>
        {
            await using var db = await archive.OpenAsync();
            var retired = await db.RetiredClauses.SingleAsync();
            Assert.Equal(("p2", SeedEditor.First.Clauses.Single(c => c.Id == "p2").Text), (retired.Key, retired.Text));
        });
        Assert.DoesNotContain(after, c => c.Id == "p2");
        Assert.Contains(report.Diagnostics, d => !d.IsError && d.Message.Contains("clause 'p2' was removed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoParagraphsSwapped_KeepTheirIdsAndTranslations()
    {
        var (_, after, _) = await ReviseAsync(e => e.Swap("p2", "p3"));
        var ids = after.Select(c => c.Id).ToList();
        Assert.True(ids.IndexOf("p3") < ids.IndexOf("p2"), string.Join(",", ids));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AnEditedClause_KeepsItsIdAndItsTranslationsAreOutdated(string provider)
    {
        var (_, after, report) = await ReviseAsync(e => e.Replace("b", line => line + " و دیگر جاها"), provider);
        var b = after.Single(c => c.Id == "b");
        Assert.Equal((TranslationStatus.Outdated, TranslationStatus.Outdated), (b.EnStatus, b.DeStatus));
        Assert.NotNull(b.En);
        Assert.Contains(report.Diagnostics, d => !d.IsError && d.Message.Contains("clause 'b' is outdated", StringComparison.Ordinal));
        Assert.All(after.Where(c => c.Id != "b" && c.En is not null), c => Assert.NotEqual(TranslationStatus.Outdated, c.EnStatus));
    }

    [Fact]
    public async Task ANumberedListRenumberedByAnInsertion_KeepsItsIdsUnderTheNewLabels()
    {
        var (_, after, _) = await ReviseAsync(e =>
        {
            e.InsertBefore("4", "۴- بندی تازه که در بازنگری به فهرست خواسته‌ها افزوده شد.");
            for (var n = 4; n <= 12; n++)
            {
                var id = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                e.Replace(id, _ => SeedEditor.PersianDigits(n + 1) + "- " + SeedEditor.First.Clauses.Single(c => c.Id == id).Text);
            }
        });
        Assert.Equal("4_2", after.Single(c => c.Label == "۴").Id);
        Assert.Equal("4", after.Single(c => c.Label == "۵").Id);
        Assert.Equal("12", after.Single(c => c.Label == "۱۳").Id);
    }

    /// <summary>Imports the real seed and content/, applies the edit, imports again; checks what every edit must keep, and a fresh import of the same folder.</summary>
    private static async Task<(List<ClauseState> Before, List<ClauseState> After, ImportReport Report)> ReviseAsync(Action<SeedEditor> edit, string provider = DatabaseProviders.Sqlite, Func<TestArchive, Task>? inspect = null)
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true, provider: provider);
        var seed = archive.CopyRealSeed();
        var first = await archive.Importer.ImportAsync(null, CancellationToken.None);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        var before = await StateAsync(archive);
        var editor = new SeedEditor(seed);
        edit(editor);
        editor.Save();
        var report = await archive.Importer.ImportAsync(null, CancellationToken.None);
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics.Where(d => d.IsError)));
        Assert.True(report.Changed);
        Assert.Contains(report.LedgersWritten, p => p.EndsWith("wpi-congress-12.yml", StringComparison.Ordinal));
        var after = await StateAsync(archive);
        var byText = before.GroupBy(c => c.Text).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal);
        foreach (var kept in after.Where(c => byText.ContainsKey(c.Text)))
        {
            var old = byText[kept.Text];
            Assert.Equal((old.Id, old.En, old.De, old.EnStatus, old.DeStatus), (kept.Id, kept.En, kept.De, kept.EnStatus, kept.DeStatus));
        }

        Assert.True(after.Count(c => byText.ContainsKey(c.Text)) >= before.Count - 1, "every clause but the edited one is still there");
        if (inspect is not null)
        {
            await inspect(archive);
        }

        await using var clone = await TestArchive.CreateAsync(provider: provider);
        TestArchive.CopyDirectory(Path.Combine(archive.Root, "seeds"), Path.Combine(clone.Root, "seeds"));
        TestArchive.CopyDirectory(Path.Combine(archive.Root, "content"), Path.Combine(clone.Root, "content"));
        var fresh = await clone.Importer.ImportAsync(null, CancellationToken.None);
        Assert.True(fresh.Succeeded, string.Join('\n', fresh.Diagnostics.Where(d => d.IsError)));
        Assert.Empty(fresh.LedgersWritten);
        Assert.Equal(after, await StateAsync(clone));
        return (before, after, report);
    }

    private static async Task<List<ClauseState>> StateAsync(TestArchive archive)
    {
        await using var db = await archive.OpenAsync();
        var clauses = await db.Clauses.Where(c => c.Resolution!.Number == 1).OrderBy(c => c.Ordinal).Include(c => c.Translations).ToListAsync();
        return [.. clauses.Select(c => new ClauseState(c.Key, c.Label, c.Text,
            c.Translations.FirstOrDefault(t => t.Language == "en")?.Markdown, c.Translations.FirstOrDefault(t => t.Language == "de")?.Markdown,
            c.Translations.FirstOrDefault(t => t.Language == "en")?.Status, c.Translations.FirstOrDefault(t => t.Language == "de")?.Status))];
    }

    private sealed record ClauseState(string Id, string Label, string Text, string? En, string? De, TranslationStatus? EnStatus, TranslationStatus? DeStatus);
}
