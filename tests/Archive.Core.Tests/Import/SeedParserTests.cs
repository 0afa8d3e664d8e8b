using Archive.Core.Import;
using Archive.Core.Texts;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Import;

public class SeedParserTests
{
    private static readonly SeedParseResult Seed = SeedParser.Parse(RepositoryFiles.SeedText, "seed.txt", PersianRules.Instance);

    [Fact]
    public void Parse_RealSeed_Finds28ResolutionsWithoutErrors()
    {
        Assert.False(Seed.HasErrors, string.Join("\n", Seed.Diagnostics));
        Assert.Equal(28, Seed.Resolutions.Count);
        Assert.Equal(Enumerable.Range(1, 28), Seed.Resolutions.Select(r => r.Number));
    }

    [Fact]
    public void Parse_RealSeed_FirstResolutionHasTheDocumentedClauseIds()
    {
        var first = Seed.Resolutions[0];
        Assert.Equal(ResolutionKind.Qatnameh, first.Kind);
        Assert.Equal(
            "p1 a b c d e f g h i p2 p3 1 2 3 4 5 6 7 8 9 10 11 12 p4",
            string.Join(' ', first.Clauses.Select(c => c.Id)));
        Assert.All(Seed.Resolutions.Skip(1), r => Assert.Equal(ResolutionKind.Qarar, r.Kind));
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(4, 6)]
    [InlineData(9, 1)]
    [InlineData(13, 4)]
    [InlineData(16, 4)]
    [InlineData(28, 2)]
    public void Parse_RealSeed_CountsClausesPerResolution(int number, int clauses) =>
        Assert.Equal(clauses, Seed.Resolutions[number - 1].Clauses.Count);

    [Fact]
    public void Parse_RealSeed_WarnsAboutTheMisspeltHeadingAndKeepsIt()
    {
        var sixth = Seed.Resolutions[5];
        Assert.StartsWith("فرار در محکومیت", sixth.Heading, StringComparison.Ordinal);
        var warning = Assert.Single(Seed.Diagnostics, d => d.Message.Contains("فرار", StringComparison.Ordinal));
        Assert.Equal(63, warning.Line);
        Assert.False(warning.IsError);
    }

    [Fact]
    public void Parse_RealSeed_KeepsThePrintedNumberOfResolution16()
    {
        var r = Seed.Resolutions[15];
        Assert.Equal("١٦", r.PrintedNumber);
        Assert.StartsWith("قرار پيشنهادى", r.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(Seed.Diagnostics, d => d.Message.Contains("printed number", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_RebuildsEveryNonEmptySeedLine_InOrder()
    {
        var expected = SeedParser.SplitLines(RepositoryFiles.SeedText).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var rebuilt = Seed.Resolutions.SelectMany(r => r.Clauses.Select(c => c.Marker + c.Text).Prepend(r.Heading)).ToList();
        Assert.Equal(expected, rebuilt);
    }

    [Theory]
    [InlineData("الف- گسترش و پیشرویهای", "a", "الف", "گسترش و پیشرویهای")]
    [InlineData("ط- رسوائی و بی اعتباری", "i", "ط", "رسوائی و بی اعتباری")]
    [InlineData("ه- افشاگری و اعتراض", "e", "ه", "افشاگری و اعتراض")]
    [InlineData("و- خیزشهای توده ای", "f", "و", "خیزشهای توده ای")]
    [InlineData("١- تاکید بر تشکیل", "1", "١", "تاکید بر تشکیل")]
    [InlineData("٧ - حمایت فعال", "7", "٧", "حمایت فعال")]
    [InlineData("١٢- کسب آمادگی", "12", "١٢", "کسب آمادگی")]
    [InlineData("۳- با ارقام فارسی", "3", "۳", "با ارقام فارسی")]
    public void Parse_LabelledItem_KeepsLabelAndGivesStableId(string line, string id, string label, string text)
    {
        var result = SeedParser.Parse("قرار در مورد آزمون\n" + line + "\n", "t.txt", PersianRules.Instance);
        var clause = Assert.Single(result.Resolutions.Single().Clauses);
        Assert.Equal((id, label, text), (clause.Id, clause.Label, clause.Text));
        Assert.Equal(line, clause.Marker + clause.Text);
    }

    [Theory]
    [InlineData("\"کار پیمانی و قوانین ویژه اقتصادی\"")]
    [InlineData("قرار است کنگره تصمیم بگیرد")]
    [InlineData("این شرایط به خشم مردم دامن زده و جامعه را در آستانه قرار داده است.")]
    public void Parse_BodyLineLookingLikeAHeading_IsAParagraph(string line)
    {
        var result = SeedParser.Parse("قرار در مورد آزمون\n" + line + "\n", "t.txt", PersianRules.Instance);
        var clause = Assert.Single(Assert.Single(result.Resolutions).Clauses);
        Assert.Equal(ClauseKind.Paragraph, clause.Kind);
    }

    [Fact]
    public void Parse_PrintedNumberDisagreeingWithOrder_Warns()
    {
        var result = SeedParser.Parse("قرار در مورد یک\nمتن\n٥- قرار در مورد دو\nمتن\n", "t.txt", PersianRules.Instance);
        Assert.Equal(2, result.Resolutions.Count);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(3, warning.Line);
        Assert.Contains("٥", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HeadingWithoutClauses_ImportsAndWarns()
    {
        var result = SeedParser.Parse("قرار در مورد یک\nقرار در مورد دو\nمتن\n", "t.txt", PersianRules.Instance);
        Assert.Empty(result.Resolutions[0].Clauses);
        Assert.Contains(result.Diagnostics, d => !d.IsError && d.Line == 1 && d.Message.Contains("no clauses", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TextWithoutHeading_IsAnErrorNamingTheLine()
    {
        var result = SeedParser.Parse("\nسلام دنیا\nمتن دیگر\n", "t.txt", PersianRules.Instance);
        var error = Assert.Single(result.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(2, error.Line);
        Assert.Equal("t.txt:2: error: text before the first resolution heading (a heading starts with قطعنامه or قرار)", error.ToString());
    }

    [Fact]
    public void Parse_RepeatedLabel_GetsSuffixedIdAndWarning()
    {
        var result = SeedParser.Parse("قرار در مورد یک\n١- اول\n١- دوباره\n", "t.txt", PersianRules.Instance);
        Assert.Equal(["1", "1_2"], result.Resolutions[0].Clauses.Select(c => c.Id));
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void Parse_StoresMixedLettersDigitsAndNoBreakSpacesAsPrinted()
    {
        var all = string.Concat(Seed.Resolutions.SelectMany(r => r.Clauses).Select(c => c.Text));
        Assert.Contains('\u064A', all);
        Assert.Contains('\u0643', all);
        Assert.Contains('\u0663', all);
        Assert.Contains('\u06F1', all);
    }

    [Fact]
    public void Read_ParsesEachResolutionOnlyWhenEnumeratedToIt_AndToTheEndGivesWhatParseGives()
    {
        const string text = "قرار در مورد یک\nمتن\nقرار در مورد دو\nقرار در مورد سه\nمتن\n";
        var diagnostics = new List<ImportDiagnostic>();
        using var resolutions = SeedParser.Read(SeedParser.SplitLines(text), "t.txt", PersianRules.Instance, diagnostics).GetEnumerator();

        Assert.True(resolutions.MoveNext());
        Assert.Equal(1, resolutions.Current.Number);
        Assert.Empty(diagnostics); // resolution 2, a heading without clauses, is not read yet
        var rest = new List<ParsedResolution>();
        while (resolutions.MoveNext())
        {
            rest.Add(resolutions.Current);
        }

        var parsed = SeedParser.Parse(text, "t.txt", PersianRules.Instance);
        Assert.Equal([2, 3], rest.Select(r => r.Number));
        Assert.Equal(parsed.Resolutions.Skip(1).Select(r => r.Clauses.Count), rest.Select(r => r.Clauses.Count));
        Assert.Equal(parsed.Diagnostics, diagnostics);
        Assert.Contains("resolution 2 has a heading but no clauses", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outline_OfTheRealSeed_KeepsEachResolutionsNumberAndLineAndTheClauseCount()
    {
        var outline = SeedOutline.Of(SeedParser.Read(SeedParser.SplitLines(RepositoryFiles.SeedText), "seed.txt", PersianRules.Instance, new List<ImportDiagnostic>()));

        Assert.Equal(Seed.Resolutions.Select(r => (r.Number, r.Line)), outline.Resolutions);
        Assert.Equal(Seed.Resolutions.Sum(r => r.Clauses.Count), outline.Clauses);
        Assert.True(outline.Clauses > 28 * 2);
    }
}
