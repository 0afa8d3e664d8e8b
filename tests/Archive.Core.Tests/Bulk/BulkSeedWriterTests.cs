using System.Globalization;
using System.Text;
using Archive.Core.Import;
using Archive.Core.Revisions;
using Archive.Core.Storage;
using Archive.Core.Texts.Languages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Archive.Core.Tests.Bulk;

/// <summary>
/// The bulk writer of a fresh collection against the tracked path it replaces: the same seed (with a retired clause in
/// its ledger) imported both ways at the same clock gives the same rows in every table of the model, ids included, and
/// the same ledger; and a revision imported over each afterwards (through the change tracker) gives the same rows again,
/// so the id sequences were left where EF Core would have left them.
/// </summary>
public class BulkSeedWriterTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Providers => DatabaseProviders.All;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AFreshImportInBulk_WritesTheRowsAndLedgerTheChangeTrackerWrites_AndARevisionAfterItToo(string provider)
    {
        await using var bulk = await TestArchive.CreateAsync(withContent: true, provider: provider);
        await using var tracked = await TestArchive.CreateAsync(withContent: true, provider: provider);
        foreach (var archive in new[] { bulk, tracked })
        {
            archive.CopyRealSeed();
            var ledger = ClauseLedger.PathOf(Path.Combine(archive.Root, "content"), "wpi-congress-12");
            var text = await File.ReadAllTextAsync(ledger);
            await File.WriteAllTextAsync(ledger, text.Replace("- number: 2\n", "  retired:\n  - id: p99\n    removed: 2026-11-01T10:00:00Z\n    revision: 1\n    marker: '٩ - '\n    text: a clause removed before\n- number: 2\n", StringComparison.Ordinal));
        }

        var first = (await ImportAsync(bulk, inBulk: true), await ImportAsync(tracked, inBulk: false));

        Assert.Equal(first.Item2, first.Item1);
        Assert.Contains("RetiredClauses|1|1|p99|", first.Item1, StringComparison.Ordinal);
        Assert.Equal(28, first.Item1.Split('\n').Count(l => l.StartsWith("Resolutions|", StringComparison.Ordinal) && l.Contains("|<tag>", StringComparison.Ordinal)));
        Assert.Equal(89, await CountClausesAsync(bulk));
        Assert.Equal(await File.ReadAllTextAsync(LedgerOf(tracked)), await File.ReadAllTextAsync(LedgerOf(bulk)));

        foreach (var archive in new[] { bulk, tracked })
        {
            var seed = Path.Combine(archive.Root, "seeds", "wpi", "resolutions.fa.txt");
            var edited = (await File.ReadAllTextAsync(seed)).Replace("الف- گسترش و پیشرویهای", "الف- گسترش و پیشروی‌های", StringComparison.Ordinal);
            await File.WriteAllTextAsync(seed, edited);
        }

        var second = (await ImportAsync(bulk, inBulk: true), await ImportAsync(tracked, inBulk: false));

        Assert.Equal(second.Item2, second.Item1);
        Assert.NotEqual(first.Item1, second.Item1);
        Assert.Equal(await File.ReadAllTextAsync(LedgerOf(tracked)), await File.ReadAllTextAsync(LedgerOf(bulk)));
    }

    private static string LedgerOf(TestArchive archive) => ClauseLedger.PathOf(Path.Combine(archive.Root, "content"), "wpi-congress-12");

    private static async Task<int> CountClausesAsync(TestArchive archive)
    {
        await using var db = await archive.OpenAsync();
        return await db.Clauses.CountAsync();
    }

    /// <summary>Imports the archive's seeds and content at <see cref="At"/>, and returns every row of every table of the model.</summary>
    private static async Task<string> ImportAsync(TestArchive archive, bool inBulk)
    {
        var services = archive.Services;
        var importer = new ArchiveImporter(services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>(), services.GetRequiredService<ArchiveLocations>(),
            services.GetRequiredService<LanguageRulesRegistry>(), services.GetRequiredService<IOptions<ArchiveOptions>>(), new FixedClock(At))
        {
            WritesFreshDocumentsInBulk = inBulk,
        };
        var report = await importer.ImportAsync(null, CancellationToken.None);
        Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
        Assert.True(report.Changed);
        return await DumpAsync(archive);
    }

    /// <summary>Each table of the model, row by row in key order, every column as text ("Table|v1|v2|…"); a content tag as "&lt;tag&gt;".</summary>
    private static async Task<string> DumpAsync(TestArchive archive)
    {
        await using var db = await archive.OpenAsync();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var dump = new StringBuilder();
        var tables = db.Model.GetEntityTypes().Where(t => t.GetTableName() is not null)
            .GroupBy(t => t.GetTableName()!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var key = string.Join(", ", table.First().FindPrimaryKey()!.Properties.Select(p => $"\"{p.GetColumnName()}\""));
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table.Key}\" ORDER BY {key}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                dump.Append(table.Key);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
                    // A content tag is random: both paths must give one (32 hex digits), not the same one.
                    dump.Append('|').Append(reader.GetName(i) == "ContentTag" && value is { Length: 32 } && value.All(char.IsAsciiHexDigitLower) ? "<tag>" : value);
                }

                dump.Append('\n');
            }
        }

        return dump.ToString();
    }

    private sealed class FixedClock(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at;
    }
}
