using Archive.Core.Content.Checks;

namespace Archive.Core.Tests.Content.Checks;

/// <summary>Numbers as sets in every digit script, on clauses of resolutions 1, 6 and 7; bracket glosses are not numbers of the text.</summary>
public class NumberCheckTests
{
    [Theory]
    [InlineData("بیش از ٣١ هزار دختر ١٠ تا ١٤ ساله ازدواج کرده اند", "more than 31 thousand girls aged 10 to 14 have been married", "")]
    [InlineData("بیش از ۳۱ هزار دختر ۱۰ تا ۱۴ ساله ازدواج کرده اند", "more than 31 thousand girls aged 10 to 14 have been married", "")]
    [InlineData("بیش از ٣١ هزار دختر ١٠ تا ١٤ ساله ازدواج کرده اند", "more than thousands of girls aged 10 to 14 have been married", "the source's number(s) 31 do not appear")]
    [InlineData("بیش از ٣١ هزار دختر ١٠ تا ١٤ ساله ازدواج کرده اند", "more than 31 thousand girls aged 10 to 14 have been married in 15 provinces", "the translation has number(s) 15 that the source does not")]
    [InlineData("نظیر خیزشهای ٧٨ و ٨٨ و ٩٦ و ٩٨- است", "such as the uprisings of 78, 88, 96 and 98 [1999, 2009, 2017–18, 2019]", "")]
    [InlineData("نظیر خیزشهای ٧٨ و ٨٨ و ٩٦ و ٩٨- است", "such as the uprisings of 78, 88 and 96 [1999, 2009, 2017–18, 2019]", "the source's number(s) 98 do not appear")]
    [InlineData("اعتراضات کادر درمان علیه سیاستهای جنایتکارانه رژیم در قبال فاجعه کرونا", "protests against the regime's criminal policies regarding the COVID-19 catastrophe", "")]
    public void NumbersOfTheOriginalAndTheTranslationMustBeTheSameSet(string original, string translation, string expected)
    {
        var found = new NumberCheck().Check(ClauseUnderCheck.Of("en", original, translation)).ToList();
        CheckAssert.Reports(found, "numbers", expected);
    }
}
