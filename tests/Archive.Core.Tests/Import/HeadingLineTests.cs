using Archive.Core.Import;
using Archive.Core.Texts;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Import;

/// <summary>Headings and body lines as the seed prints them (resolutions.fa.txt, line numbers in the comments).</summary>
public class HeadingLineTests
{
    [Theory]
    [InlineData("قطعنامه در مورد ویژگیهای شرایط سیاسی حاضر و وظایف حزب", ResolutionKind.Qatnameh, null, false)] // line 1
    [InlineData("قرار درباره تعمیق و تعین جنبش سرنگونی و چشم انداز انقلاب", ResolutionKind.Qarar, null, false)] // line 50
    [InlineData("قرار علیه قتل \"ناموسی\"", ResolutionKind.Qarar, null, false)] // line 59
    [InlineData("فرار در محکومیت تجاوز شرعی و قانونی به کودکان", ResolutionKind.Qarar, null, true)] // line 63
    [InlineData("١٦- قرار پيشنهادى در حمايت از حق پناهندگى", ResolutionKind.Qarar, "١٦", false)] // line 102
    public void TryMatch_SeedHeading_IsAHeading(string line, ResolutionKind kind, string? printedNumber, bool misspelt)
    {
        Assert.True(HeadingLine.TryMatch(line, PersianRules.Instance, out var heading));
        Assert.Equal(kind, heading.Kind);
        Assert.Equal(printedNumber, heading.PrintedNumber);
        Assert.Equal(misspelt, heading.Word.MisspellingOf is not null);
        Assert.DoesNotContain("١٦-", heading.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("الف- گسترش و پیشرویهای اعتصابات")] // line 4
    [InlineData("١- تاکید بر تشکیل شوراهای اسلامی")] // line 22
    [InlineData("قرارداد در مورد کار")] // قرارداد is not قرار
    [InlineData("قرار")] // no subject
    [InlineData("\"قرار در مورد\" نقل قول")] // opens with a quotation mark
    public void TryMatch_BodyLine_IsNoHeading(string line) =>
        Assert.False(HeadingLine.TryMatch(line, PersianRules.Instance, out _));

    [Fact]
    public void TryMatch_LongerThanAHeadingCanBe_IsNoHeading() =>
        Assert.False(HeadingLine.TryMatch("قرار در " + new string('م', HeadingLine.MaxLength), PersianRules.Instance, out _));

    [Fact]
    public void TryMatch_LanguageWithoutHeadingWords_FindsNoHeading() =>
        Assert.False(HeadingLine.TryMatch("قرار در مورد بایکوت جهانی جمهوری اسلامی", new NeutralRules("en"), out _));
}
