using System.Globalization;

namespace Archive.Bench;

/// <summary>
/// A temporary archive root: the repository's seeds/ and content/ copied, less the translation files of one language for
/// the given resolutions (<c>content/translations/&lt;lang&gt;/wpi-congress-12/NN.md</c>). The caller deletes the folder.
/// </summary>
internal static class ArchiveWithoutTranslations
{
    public static string Create(string repositoryRoot, string language, IReadOnlySet<int> resolutions)
    {
        var root = Directory.CreateTempSubdirectory("archive-bench-root-").FullName;
        Copy(Path.Combine(repositoryRoot, "seeds"), Path.Combine(root, "seeds"));
        Copy(Path.Combine(repositoryRoot, "content"), Path.Combine(root, "content"));
        foreach (var number in resolutions)
        {
            var file = Path.Combine(root, "content", "translations", language, "wpi-congress-12", number.ToString("00", CultureInfo.InvariantCulture) + ".md");
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }

        return root;
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
