using Archive.Core.Import;
using Archive.Core.Texts.Languages;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Revisions;

/// <summary>
/// An app on a copy of the real seed and content/ that an editor then revises: resolution 1 loses its paragraph p2 and
/// its item b gets three more words; the running app's importer imports the revision (<see cref="EnsureRevisedAsync"/>).
/// </summary>
public sealed class RevisedArchive : IsolatedArchive
{
    private readonly SemaphoreSlim _once = new(1, 1);
    private string? _root;
    private bool _revised;

    public static ParsedResolution First { get; } = SeedParser.Parse(
        File.ReadAllText(Path.Combine(ArchiveWebFactory.RepositoryRoot, "seeds", "wpi-congress-12", "resolutions.fa.txt")), "seed.txt", PersianRules.Instance).Resolutions[0];

    public static string TextOf(string id) => First.Clauses.Single(c => c.Id == id).Text;

    /// <summary>Applies the revision once and imports it; the report of that import.</summary>
    public async Task EnsureRevisedAsync()
    {
        await _once.WaitAsync();
        try
        {
            if (_revised)
            {
                return;
            }

            var seed = Path.Combine(_root!, "seeds", "wpi-congress-12", "resolutions.fa.txt");
            var lines = (await File.ReadAllTextAsync(seed)).Split('\n').ToList();
            var p2 = First.Clauses.Single(c => c.Id == "p2");
            var b = First.Clauses.Single(c => c.Id == "b");
            lines.RemoveAt(lines.FindIndex(l => l.Trim() == p2.Marker + p2.Text));
            var bAt = lines.FindIndex(l => l.Trim() == b.Marker + b.Text);
            lines[bAt] = lines[bAt].TrimEnd('\r') + " و دیگر جاها";
            await File.WriteAllTextAsync(seed, string.Join('\n', lines));
            var report = await Factory.Services.GetRequiredService<ArchiveImporter>().ImportAsync(null, CancellationToken.None);
            Assert.True(report.Succeeded, string.Join('\n', report.Diagnostics));
            Assert.True(report.Changed);
            _revised = true;
        }
        finally
        {
            _once.Release();
        }
    }

    protected override Task PrepareAsync(string root)
    {
        _root = root;
        foreach (var folder in new[] { "seeds", "content" })
        {
            var from = Path.Combine(ArchiveWebFactory.RepositoryRoot, folder);
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, folder, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        return Task.CompletedTask;
    }
}
