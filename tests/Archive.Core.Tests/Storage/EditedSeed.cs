using Archive.Core.Import;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Storage;

/// <summary>The real seed edited: resolution 1 has a new heading and three more clauses, resolution 28 two more.</summary>
internal static class EditedSeed
{
    public static string Text { get; } = Build();

    private static string Build()
    {
        var text = RepositoryFiles.SeedText;
        var lines = SeedParser.SplitLines(text).ToList();
        var second = SeedParser.Parse(text, "seed", PersianRules.Instance).Resolutions[1].Line - 1;
        lines.InsertRange(second, ["بند افزوده اول برای آزمون", "بند افزوده دوم برای آزمون", "بند افزوده سوم برای آزمون"]);
        lines.AddRange(["بند پایانی افزوده اول", "بند پایانی افزوده دوم"]);
        var first = lines.FindIndex(l => l.Trim().Length > 0);
        lines[first] = lines[first].TrimEnd() + " (ویرایش آزمون)";
        return string.Join('\n', lines) + "\n";
    }
}
