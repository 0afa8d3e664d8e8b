namespace Archive.Web.Tests.Pages.Status;

/// <summary>
/// An app on the real seed and a copy of content/ in which en/01.md marks clause b reviewed and clause c outdated in
/// their own block markers, and en/06.md p2 has lost its number 31 (an open warning of the checks).
/// </summary>
public sealed class ReviewedContentArchive : IsolatedArchive
{
    protected override async Task PrepareAsync(string root)
    {
        var repository = ArchiveWebFactory.RepositoryRoot;
        Directory.CreateDirectory(Path.Combine(root, "seeds", "wpi-congress-12"));
        File.Copy(Path.Combine(repository, "seeds", "wpi-congress-12", "resolutions.fa.txt"), Path.Combine(root, "seeds", "wpi-congress-12", "resolutions.fa.txt"));
        foreach (var file in Directory.GetFiles(Path.Combine(repository, "content"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, "content", Path.GetRelativePath(Path.Combine(repository, "content"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var translations = Path.Combine(root, "content", "translations");
        await Edit(translations, "en/wpi-congress-12/01.md", "\n{#b source=", "\n{#b status=reviewed source=");
        await Edit(translations, "en/wpi-congress-12/01.md", "\n{#c source=", "\n{#c status=outdated source=");
        await Edit(translations, "en/wpi-congress-12/06.md", "more than 31 thousand girls", "more than thousands of girls");
    }

    private static async Task Edit(string translations, string file, string from, string to)
    {
        var path = Path.Combine(translations, file);
        var text = await File.ReadAllTextAsync(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
