using Archive.Core.Import;
using Archive.Core.Revisions;
using Archive.Core.Texts;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Revisions;

/// <summary>
/// Edits an editor makes to resolution 1 of the real seed (p1, a–i, p2, p3, 1–12, p4), and the ids the clauses keep.
/// Each edit is applied to the printed lines and parsed again, as the importer would see the revised seed.
/// </summary>
public sealed class ClauseMatcherTests
{
    private static readonly ParsedResolution First = SeedParser.Parse(RepositoryFiles.SeedText, "seed.txt", PersianRules.Instance).Resolutions[0];

    private static List<string> Lines => [.. First.Clauses.Select(c => c.Marker + c.Text)];

    private static int At(string id) => First.Clauses.ToList().FindIndex(c => c.Id == id);

    [Fact]
    public void TheSameText_KeepsEveryIdUnchanged()
    {
        var match = Revise(Lines);
        Assert.True(match.IsUnchanged);
        Assert.Equal(First.Clauses.Select(c => c.Id), match.Clauses.Select(c => c.Id));
    }

    [Fact]
    public void ATypoFixed_KeepsTheIdAndMarksTheClauseEdited()
    {
        var lines = Lines;
        var b = At("b");
        var longest = lines[b].Split(' ').MaxBy(w => w.Length)!;
        lines[b] = lines[b].Replace(longest, longest[..^1] + "ه", StringComparison.Ordinal);
        var match = Revise(lines);
        Assert.Equal(ClauseChange.Edited, match.Clauses[b].Change);
        Assert.Equal("b", match.Clauses[b].Id);
        Assert.Equal(First.Clauses.Select(c => c.Id), match.Clauses.Select(c => c.Id));
        Assert.Single(match.Clauses, c => c.Change != ClauseChange.Unchanged);
        Assert.Empty(match.Removed);
    }

    [Fact]
    public void AParagraphInsertedAtTheTop_GetsANewIdAndEveryOtherClauseKeepsItsOwn()
    {
        var lines = Lines;
        lines.Insert(0, "این بند تازه در بازنگری متن افزوده شده است و پیش از این نبود.");
        var match = Revise(lines);
        Assert.Equal(("p5", ClauseChange.Added), (match.Clauses[0].Id, match.Clauses[0].Change));
        Assert.Equal(First.Clauses.Select(c => c.Id), match.Clauses.Skip(1).Select(c => c.Id));
        Assert.All(match.Clauses.Skip(1), c => Assert.Equal(ClauseChange.Unchanged, c.Change));
    }

    [Fact]
    public void ADeletedParagraph_IsRemovedAndTheOthersKeepTheirIds()
    {
        var lines = Lines;
        lines.RemoveAt(At("p2"));
        var match = Revise(lines);
        Assert.Equal("p2", Assert.Single(match.Removed).Id);
        Assert.Equal(First.Clauses.Select(c => c.Id).Where(id => id != "p2"), match.Clauses.Select(c => c.Id));
        Assert.True(match.Clauses.Single(c => c.Id == "p3").Clause.Id == "p2", "the parser's position id of the old p3 is p2 now");
    }

    [Fact]
    public void TwoParagraphsSwapped_KeepTheirIdsAndOneIsMoved()
    {
        var lines = Lines;
        var (x, y) = (At("p2"), At("p3"));
        (lines[x], lines[y]) = (lines[y], lines[x]);
        var match = Revise(lines);
        Assert.Equal(["p3", "p2"], new[] { match.Clauses[x].Id, match.Clauses[y].Id });
        Assert.Single(match.Clauses, c => c.Change == ClauseChange.Moved);
        Assert.Empty(match.Removed);
        Assert.DoesNotContain(match.Clauses, c => c.Change is ClauseChange.Added or ClauseChange.Edited);
    }

    [Fact]
    public void AnItemInsertedIntoANumberedList_RenumbersThePrintedLabelsButNotTheIds()
    {
        var lines = Lines;
        var four = At("4");
        var numbered = First.Clauses.Where(c => c.Kind == ClauseKind.Numbered).ToList();
        for (var k = four; k <= At("12"); k++)
        {
            var old = First.Clauses[k];
            lines[k] = PersianDigits(int.Parse(old.Id, System.Globalization.CultureInfo.InvariantCulture) + 1) + "- " + old.Text;
        }

        lines.Insert(four, "۴- بندی تازه که در بازنگری به فهرست خواسته‌ها افزوده شد.");
        var match = Revise(lines);
        Assert.Equal(("4_2", ClauseChange.Added), (match.Clauses[four].Id, match.Clauses[four].Change));
        Assert.Equal(numbered.Select(c => c.Id), match.Clauses.Where(c => c.Clause.Kind == ClauseKind.Numbered && c.Change != ClauseChange.Added).Select(c => c.Id));
        Assert.Equal("۵", match.Clauses.Single(c => c.Id == "4").Clause.Label);
        Assert.Empty(match.Removed);
    }

    [Fact]
    public void AParagraphSplitInTwo_KeepsItsIdForTheLargerPartAndTheRestIsAdded()
    {
        var lines = Lines;
        var p1 = At("p1");
        var words = lines[p1].Split(' ');
        var cut = words.Length * 2 / 3;
        lines[p1] = string.Join(' ', words[..cut]);
        lines.Insert(p1 + 1, string.Join(' ', words[cut..]));
        var match = Revise(lines);
        Assert.Equal(("p1", ClauseChange.Edited), (match.Clauses[p1].Id, match.Clauses[p1].Change));
        Assert.Equal(("p5", ClauseChange.Added), (match.Clauses[p1 + 1].Id, match.Clauses[p1 + 1].Change));
        Assert.Empty(match.Removed);
    }

    [Fact]
    public void TwoParagraphsMergedIntoOne_KeepTheIdOfTheOneItSharesMostWithAndRetireTheOther()
    {
        var lines = Lines;
        var (p2, p3) = (At("p2"), At("p3"));
        var longer = lines[p2].Length >= lines[p3].Length ? "p2" : "p3";
        lines[p2] = lines[p2] + " " + lines[p3];
        lines.RemoveAt(p3);
        var match = Revise(lines);
        Assert.Equal((longer, ClauseChange.Edited), (match.Clauses[p2].Id, match.Clauses[p2].Change));
        Assert.Equal(longer == "p2" ? "p3" : "p2", Assert.Single(match.Removed).Id);
    }

    [Fact]
    public void ARetiredId_IsNeverGivenToANewClause()
    {
        var lines = Lines;
        lines.RemoveAt(At("p4"));
        lines.Add("پاراگراف پایانی دیگری که جای پاراگراف حذف شده را نمی‌گیرد و متن دیگری دارد.");
        var previous = First.Clauses.Select(c => new PreviousClause(c.Id, c.Kind, c.Label, c.Text)).Where(c => c.Id != "p4").ToList();
        var match = ClauseMatcher.Match(previous, Parse(lines), new HashSet<string>(StringComparer.Ordinal) { "p4", "p5" });
        Assert.Equal(("p6", ClauseChange.Added), (match.Clauses[^1].Id, match.Clauses[^1].Change));
    }

    [Theory]
    [InlineData("آزادی بی قید و شرط زندانیان سیاسی", "آزادی بی قید و شرط زندانیان سیاسی", 1.0)]
    [InlineData("آزادی بی قید و شرط زندانیان سیاسی", "آزادی بی‌قید و شرط همه زندانیان سیاسی", 0.6)]
    [InlineData("آزادی بی قید و شرط زندانیان سیاسی", "لغو فوری مجازات اعدام", 0.0)]
    [InlineData("Free all political prisoners.", "free all political PRISONERS", 1.0)]
    public void Similarity_IsTheShareOfWordsInCommon(string a, string b, double atLeast)
    {
        var score = TextSimilarity.Of(a, b);
        Assert.InRange(score, atLeast, atLeast == 0 ? 0.01 : 1.0);
    }

    private static ClauseMatch Revise(List<string> lines) =>
        ClauseMatcher.Match([.. First.Clauses.Select(c => new PreviousClause(c.Id, c.Kind, c.Label, c.Text))], Parse(lines), new HashSet<string>(StringComparer.Ordinal));

    private static IReadOnlyList<ParsedClause> Parse(List<string> lines) =>
        SeedParser.Parse(First.Heading + "\n" + string.Join('\n', lines) + "\n", "revised.txt", PersianRules.Instance).Resolutions[0].Clauses;

    private static string PersianDigits(int n) =>
        string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('۰' + (d - '0'))));
}
