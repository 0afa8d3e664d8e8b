using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Revisions;

/// <summary>The clause-id ledger (content/ids/) on a fresh database: what it keeps when the seed changed since it was written, and a damaged ledger.</summary>
public sealed class ClauseLedgerTests
{
    private static string LedgerOf(TestArchive archive) => Path.Combine(archive.Root, "content", "ids", "wpi-congress-12.yml");

    [Fact]
    public async Task AFreshImportOfASeedEditedSinceTheLedger_KeepsTheIdsOfTheUnchangedClauses()
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true);
        Assert.True(File.Exists(LedgerOf(archive)), "the repository's content/ carries the ledger");
        var editor = new SeedEditor(archive.CopyRealSeed());
        editor.InsertBefore("p1", "این بند تازه در بازنگری متن افزوده شده است و پیش از این نبود.");
        editor.Save();
        var report = await archive.Importer.ImportAsync(null, CancellationToken.None);
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics.Where(d => d.IsError)));
        await using var db = await archive.OpenAsync();
        var ids = await db.Clauses.Where(c => c.Resolution!.Number == 1).OrderBy(c => c.Ordinal).Select(c => c.Key).ToListAsync();
        Assert.Equal(["p5", .. SeedEditor.First.Clauses.Select(c => c.Id)], ids);
    }

    [Fact]
    public async Task ALedgerThatCannotBeWritten_LeavesTheImportSaved_WithAWarningNamingTheContentFolder()
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true);
        var editor = new SeedEditor(archive.CopyRealSeed());
        editor.InsertBefore("p1", "این بند تازه در بازنگری متن افزوده شده است و پیش از این نبود.");
        editor.Save();
        var ledger = await File.ReadAllTextAsync(LedgerOf(archive));
        // A folder where the ledger's temporary file would go: the write fails as it does on a read-only content/, even for root.
        Directory.CreateDirectory(LedgerOf(archive) + ".tmp-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var report = await archive.Importer.ImportAsync(null, CancellationToken.None);

        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics.Where(d => d.IsError)));
        var warning = Assert.Single(report.Diagnostics, d => d.Message.Contains("could not be written", StringComparison.Ordinal));
        Assert.StartsWith("content", warning.File, StringComparison.Ordinal);
        Assert.Equal(ledger, await File.ReadAllTextAsync(LedgerOf(archive)));
        await using var db = await archive.OpenAsync();
        Assert.Equal("p5", await db.Clauses.Where(c => c.Resolution!.Number == 1).OrderBy(c => c.Ordinal).Select(c => c.Key).FirstAsync());
    }

    [Theory]
    [InlineData("resolutions: [", "malformed id ledger")]
    [InlineData("collection: wpi-congress-12\nresolutions:\n- number: 1\n  clauses:\n  - p1 nothex\n", "clause entry 'p1 nothex' is not")]
    [InlineData("collection: wpi-congress-12\nresolutions:\n- number: 1\n- number: 1\n", "resolution 1 is listed twice")]
    [InlineData("collection: wpi-congress-12\nresolutions:\n- number: 1\n  retired:\n  - id: p2\n    removed: yesterday\n", "removed 'yesterday' is not an ISO 8601 time")]
    public async Task ADamagedLedger_StopsTheImportWithOneLineNamingTheFile_AndNothingIsWritten(string text, string message)
    {
        await using var archive = await TestArchive.CreateAsync(withContent: true);
        archive.CopyRealSeed();
        await File.WriteAllTextAsync(LedgerOf(archive), text);
        var before = await archive.SnapshotAsync();
        var report = await archive.Importer.ImportAsync(null, CancellationToken.None);
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.StartsWith("content/ids/wpi-congress-12.yml", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await archive.SnapshotAsync());
        Assert.Equal(text, await File.ReadAllTextAsync(LedgerOf(archive)));
    }
}
