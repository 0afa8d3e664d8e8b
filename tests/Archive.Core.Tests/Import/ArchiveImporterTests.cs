using System.Text;
using Archive.Core.Import;
using Microsoft.EntityFrameworkCore;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Import;

public class ArchiveImporterTests
{
    public static TheoryData<string> Providers => DatabaseProviders.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_RealSeed_Stores28ResolutionsAnd89Clauses(string provider)
    {
        await using var archive = await TestArchive.CreateAsync(provider: provider);
        var path = archive.CopyRealSeed();
        var report = await archive.Importer.ImportAsync([path], CancellationToken.None);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        var doc = Assert.Single(report.Documents);
        Assert.Equal((DocumentChange.Added, 28, 89, 89), (doc.Change, doc.Resolutions, doc.Clauses, doc.ClausesAdded));
        await using var db = await archive.OpenAsync();
        Assert.Equal(28, await db.Resolutions.CountAsync());
        Assert.Equal(25, await db.Clauses.CountAsync(c => c.Resolution!.Number == 1));
        var source = await db.SourceDocuments.SingleAsync();
        Assert.Equal("seeds/wpi/resolutions.fa.txt", source.Path);
        Assert.Equal(64, source.Sha256.Length);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_SameFileTwice_ChangesNothingAndSaysSo(string provider)
    {
        await using var archive = await TestArchive.CreateAsync(provider: provider);
        var path = archive.CopyRealSeed();
        await archive.Importer.ImportAsync([path], CancellationToken.None);
        var before = await archive.SnapshotAsync();

        var again = await archive.Importer.ImportAsync([path], CancellationToken.None);

        Assert.True(again.Succeeded);
        Assert.False(again.Changed);
        Assert.Equal(DocumentChange.Unchanged, Assert.Single(again.Documents).Change);
        Assert.Equal(before, await archive.SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_ChangedFile_UpdatesInPlaceAndKeepsClauseIdsAndRows(string provider)
    {
        await using var archive = await TestArchive.CreateAsync(provider: provider);
        var path = archive.CopyRealSeed();
        await archive.Importer.ImportAsync([path], CancellationToken.None);
        await using (var db = await archive.OpenAsync())
        {
            var before = await db.Clauses.Where(c => c.Resolution!.Number == 1).OrderBy(c => c.Ordinal).Select(c => new { c.Id, c.Key }).ToListAsync();
            var text = File.ReadAllText(path).Replace("الف- گسترش و پیشرویهای", "الف- گسترش و پیشروی‌های", StringComparison.Ordinal);
            File.WriteAllText(path, text);

            var report = await archive.Importer.ImportAsync([path], CancellationToken.None);

            Assert.True(report.Changed);
            var doc = Assert.Single(report.Documents);
            Assert.Equal((DocumentChange.Updated, 0, 1, 0), (doc.Change, doc.ClausesAdded, doc.ClausesUpdated, doc.ClausesRemoved));
            await using var after = await archive.OpenAsync();
            var rows = await after.Clauses.Where(c => c.Resolution!.Number == 1).OrderBy(c => c.Ordinal).Select(c => new { c.Id, c.Key }).ToListAsync();
            Assert.Equal(before, rows);
            Assert.StartsWith("گسترش و پیشروی‌های", (await after.Clauses.SingleAsync(c => c.Resolution!.Number == 1 && c.Key == "a")).Text, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string, byte[], int, string> BadInputs()
    {
        var data = new TheoryData<string, string, byte[], int, string>();
        foreach (var provider in DatabaseProviders.Names)
        {
            foreach (var (name, bytes, line, message) in BadFiles())
            {
                data.Add(provider, name, bytes, line, message);
            }
        }

        return data;
    }

    private static IEnumerable<(string Name, byte[] Bytes, int Line, string Message)> BadFiles() =>
    [
        ("empty.txt", [], 0, "the file is empty"),
        ("binary.txt", [.. Encoding.UTF8.GetBytes("قرار در مورد آزمون\nمتن\n"), 0, 1, 2, 0], 3, "NUL byte"),
        ("noheading.txt", Encoding.UTF8.GetBytes("\nاین یک متن است\nو این هم\n"), 2, "text before the first resolution heading"),
        ("latin1.txt", [0x48, 0xE9, 0x6C, 0x6C, 0x6F, 0x0A, 0xFF, 0xFE, 0x41], 1, "invalid UTF-8"),
        ("control.txt", Encoding.UTF8.GetBytes("قرار در مورد آزمون\nمتن\u0001\n"), 2, "control character"),
        ("spaces.txt", Encoding.UTF8.GetBytes("  \n\t\n"), 0, "empty"),
    ];

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Import_BadFile_FailsWithFileAndLineAndLeavesDatabaseAsItWas(string provider, string name, byte[] bytes, int line, string message)
    {
        await using var archive = await TestArchive.CreateAsync(provider: provider);
        await archive.Importer.ImportAsync([archive.CopyRealSeed()], CancellationToken.None);
        var before = await archive.SnapshotAsync();
        var bad = archive.WriteSeed(name, bytes);

        var report = await archive.Importer.ImportAsync([archive.CopyRealSeed(), bad], CancellationToken.None);

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal($"seeds/{name}", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await archive.SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_MissingPath_FailsAndWritesNothing(string provider)
    {
        await using var archive = await TestArchive.CreateAsync(provider: provider);
        var report = await archive.Importer.ImportAsync(["no/such/file.txt"], CancellationToken.None);
        var error = Assert.Single(report.Diagnostics);
        Assert.Equal("no/such/file.txt: error: no such file or folder", error.ToString());
        Assert.Equal("translations=0", await archive.SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_Windows1256File_DecodesItAndWarns(string provider)
    {
        await using var archive = await TestArchive.CreateAsync(provider: provider);
        const string text = "قرار در مورد آزمون رمزگذاری\nکارگران و معلمان اعتصاب کردند.\nالف- بند اول\n";
        var path = archive.WriteSeed("legacy.txt", CodePages.Windows1256.GetBytes(text));

        var report = await archive.Importer.ImportAsync([path], CancellationToken.None);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.Contains(report.Diagnostics, d => !d.IsError && d.Message.Contains("Windows-1256", StringComparison.Ordinal));
        await using var db = await archive.OpenAsync();
        Assert.Equal("کارگران و معلمان اعتصاب کردند.", (await db.Clauses.SingleAsync(c => c.Key == "p1")).Text);
        Assert.Equal("windows-1256", (await db.SourceDocuments.SingleAsync()).Encoding);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-8-bom")]
    public async Task Import_UnicodeWithByteOrderMark_ImportsTheSameText(string encoding)
    {
        await using var archive = await TestArchive.CreateAsync();
        var text = RepositoryFiles.SeedText;
        var bytes = encoding switch
        {
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => (byte[])[.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        };
        var report = await archive.Importer.ImportAsync([archive.WriteSeed("bom.txt", bytes)], CancellationToken.None);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        await using var db = await archive.OpenAsync();
        Assert.Equal(89, await db.Clauses.CountAsync());
        Assert.Equal(SeedParser.Parse(text, "x", PersianRules.Instance).Resolutions[0].Clauses[0].Text, (await db.Clauses.OrderBy(c => c.Id).FirstAsync()).Text);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Import_HeadingWithoutClauses_ImportsAndWarns(string provider)
    {
        await using var archive = await TestArchive.CreateAsync(provider: provider);
        var path = archive.WriteSeed("empty-heading.txt", "قرار در مورد یک\nقرار در مورد دو\nمتن\n");
        var report = await archive.Importer.ImportAsync([path], CancellationToken.None);
        Assert.True(report.Succeeded);
        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal((1, false), (warning.Line, warning.IsError));
    }
}
