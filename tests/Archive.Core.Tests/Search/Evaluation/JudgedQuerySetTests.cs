using Archive.Core.Import;
using Archive.Core.Texts;
using Archive.Evaluation;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Search.Evaluation;

/// <summary>
/// The judged query sets under <c>evaluation/</c> are well formed and judge the real seed: each has the queries its issue
/// asks for, names only resolutions that exist, asks no query twice, and the Persian derivational set asks for forms
/// that the resolutions it expects do not print.
/// </summary>
public sealed class JudgedQuerySetTests
{
    private static readonly Lazy<SeedParseResult> Seed = new(() => SeedParser.Parse(RepositoryFiles.SeedText, "seed", PersianRules.Instance));

    public static TheoryData<string> Sets => [.. JudgedQuerySet.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Sets))]
    public void EverySet_LoadsWithAtLeastItsMinimumNumberOfQueries(string name)
    {
        var set = JudgedQuerySet.Named(name);
        var queries = set.Load(RepositoryFiles.Root);
        Assert.True(queries.Count >= set.MinimumQueries, $"{set.RelativePath}: {queries.Count} queries, at least {set.MinimumQueries} wanted");
        Assert.All(queries, q => Assert.Same(set, q.Set));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void EverySet_NamesOnlyResolutionsOfTheSeed(string name)
    {
        var numbers = Seed.Value.Resolutions.Select(r => r.Number).ToHashSet();
        var set = JudgedQuerySet.Named(name);
        var wrong = set.Load(RepositoryFiles.Root).Where(q => !q.Expected.All(numbers.Contains)).Select(q => $"line {q.Line} {q}").ToList();
        Assert.True(wrong.Count == 0, $"{set.RelativePath}: resolutions the seed does not have: {string.Join("; ", wrong)}");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void EverySet_AsksEachQueryOnce(string name)
    {
        var set = JudgedQuerySet.Named(name);
        var twice = set.Load(RepositoryFiles.Root).GroupBy(q => (q.Query, q.Lang)).Where(g => g.Count() > 1).Select(g => g.Key.Query).ToList();
        Assert.True(twice.Count == 0, $"{set.RelativePath}: asked twice: {string.Join(", ", twice)}");
    }

    [Fact]
    public void ReaderSets_AreTypedInTheirLanguage()
    {
        Assert.All(JudgedQuerySet.EnglishReaders.Load(RepositoryFiles.Root), q => Assert.Equal("en", q.Lang));
        Assert.All(JudgedQuerySet.GermanReaders.Load(RepositoryFiles.Root), q => Assert.Equal("de", q.Lang));
        Assert.All(JudgedQuerySet.PersianDerivational.Load(RepositoryFiles.Root), q => Assert.Equal("fa", q.Lang));
        var cross = JudgedQuerySet.CrossLanguage.Load(RepositoryFiles.Root);
        Assert.True(cross.Count(q => q.Lang == "en") >= 15 && cross.Count(q => q.Lang == "de") >= 15, "the cross-language set wants 15+ English and 15+ German queries");
        Assert.All(cross, q => Assert.Null(q.SearchLanguage));
    }

    [Fact]
    public void PersianDerivationalQueries_AreNotPrintedInTheResolutionsTheyExpect()
    {
        var printed = new List<string>();
        foreach (var q in JudgedQuerySet.PersianDerivational.Load(RepositoryFiles.Root))
        {
            var query = Spaced(q.Query);
            foreach (var number in q.Expected)
            {
                var resolution = Seed.Value.Resolutions.Single(r => r.Number == number);
                var text = Spaced(resolution.Heading + " " + string.Join(" ", resolution.Clauses.Select(c => c.Text)));
                if (text.Contains(query, StringComparison.Ordinal))
                {
                    printed.Add($"line {q.Line} {q} is printed in resolution {number}");
                }
            }
        }

        Assert.True(printed.Count == 0, string.Join("; ", printed));
    }

    /// <summary>Folded (Arabic letters, digits) with joiners and spaces made one space, padded so words match whole.</summary>
    private static string Spaced(string text) =>
        " " + string.Join(' ', PersianRules.Instance.Fold(text).Replace('\u200C', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)) + " ";
}
