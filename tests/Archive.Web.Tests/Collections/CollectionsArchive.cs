namespace Archive.Web.Tests.Collections;

/// <summary>
/// An app on the real seed beside three collections written for the tests (Collections/Data): a second Persian one in
/// the plain-text format, an English original in the structured format with a Persian translation, and a Sorani
/// (Central Kurdish) original; with the real content/, the Persian translation, Sorani in languages.yml, and the
/// English collection's first resolution on the labour topic beside the real ones.
/// </summary>
public sealed class CollectionsArchive : IsolatedArchive
{
    public static string Data => Path.Combine(ArchiveWebFactory.RepositoryRoot, "tests", "Archive.Web.Tests", "Collections", "Data");

    protected override async Task PrepareAsync(string root)
    {
        var repository = ArchiveWebFactory.RepositoryRoot;
        Copy(Path.Combine(repository, "seeds"), Path.Combine(root, "seeds"));
        Copy(Path.Combine(repository, "content"), Path.Combine(root, "content"));
        foreach (var collection in new[] { "wpi-plenum-test", "labour-conference-test", "ckb-congress-test" })
        {
            Copy(Path.Combine(Data, collection), Path.Combine(root, "seeds", collection));
        }

        Copy(Path.Combine(Data, "translations"), Path.Combine(root, "content", "translations"));
        await File.AppendAllTextAsync(Path.Combine(root, "content", "languages.yml"),
            "- code: ckb\n  native_name: کوردی\n  english_name: Central Kurdish\n  direction: rtl\n  not_translated: هێشتا وەرنەگێڕدراوە\n");
        var topics = Path.Combine(root, "content", "topics.yml");
        var text = await File.ReadAllTextAsync(topics);
        const string labour = "resolutions: [1, 9, 10, 23, 28]";
        Assert.Contains(labour, text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(topics, text.Replace(labour, "resolutions: [1, 9, 10, 23, 28, labour-conference-test/1]", StringComparison.Ordinal));
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
