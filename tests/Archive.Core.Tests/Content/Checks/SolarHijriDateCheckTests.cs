using Archive.Core.Content.Checks;
using Archive.Core.Import;

namespace Archive.Core.Tests.Content.Checks;

/// <summary>Solar Hijri years glossed with their Gregorian years, on clauses of resolutions 1, 2, 17 and 19.</summary>
public class SolarHijriDateCheckTests
{
    [Theory]
    [InlineData("نظیر خیزشهای ٧٨ و ٨٨ و ٩٦ و ٩٨- است", "such as the uprisings of 78, 88, 96 and 98 [1999, 2009, 2017–18, 2019]", "", DiagnosticSeverity.Warning)]
    [InlineData("نظیر خیزشهای ٧٨ و ٨٨ و ٩٦ و ٩٨- است", "wie der Aufstände von 78, 88, 96 und 98 [1999, 2009, 2017–18, 2019]", "", DiagnosticSeverity.Warning)]
    [InlineData("نظیر خیزشهای ٧٨ و ٨٨ و ٩٦ و ٩٨- است", "such as the uprisings of 78, 88, 96 and 98 [1999, 2011, 2017–18, 2019]", "gives 2011 for the Solar Hijri year 88, which is 2009/2010", DiagnosticSeverity.Error)]
    [InlineData("نظیر خیزشهای ٧٨ و ٨٨ و ٩٦ و ٩٨- است", "such as the uprisings of 78, 88, 96 and 98", "year(s) 78, 88, 96, 98 have no Gregorian gloss", DiagnosticSeverity.Warning)]
    [InlineData("جنبش علیه حجاب که در ١٧ اسفند سال ٥٧، تنها بفاصله یک ماه", "The movement against the hijab, which rose up on 17 Esfand of the year 57 [8 March 1979], only one month", "", DiagnosticSeverity.Warning)]
    [InlineData("جنبش علیه حجاب که در ١٧ اسفند سال ٥٧، تنها بفاصله یک ماه", "Die Bewegung gegen den Hidschab, die sich am 17. Esfand des Jahres 57 [8. März 1979], nur einen Monat", "", DiagnosticSeverity.Warning)]
    [InlineData("جنبش علیه حجاب که در ١٧ اسفند سال ٥٧، تنها بفاصله یک ماه", "The movement against the hijab, which rose up on 17 Esfand of the year 57 [8 March 1981], only one month", "gives 1981", DiagnosticSeverity.Error)]
    [InlineData("بدنبال خیزش آبان ٩٨ ابعاد تازه ای یافته", "has taken on new dimensions following the Aban 98 uprising [November 2019]", "", DiagnosticSeverity.Warning)]
    [InlineData("با توجه به تجربه ٩٨", "taking into account the experience of 98", "year(s) 98 have no", DiagnosticSeverity.Warning)]
    [InlineData("در قوانین جمهوری اسلامی ١٣ سال تعیین شده", "is set at 13 years in the laws of the Islamic Republic", "", DiagnosticSeverity.Warning)]
    [InlineData("در جوامع قبیله ای عشیرتی ١٤٠٠ سال قبل", "in the tribal societies of 1400 years ago", "", DiagnosticSeverity.Warning)]
    [InlineData("دادخواهی مادران آبان و خاوران", "the justice-seeking of the Aban and Khavaran Mothers", "", DiagnosticSeverity.Warning)]
    [InlineData("انقلاب ۱۳۵۷", "the revolution of 1357", "year(s) 1357 have no", DiagnosticSeverity.Warning)]
    [InlineData("انقلاب ۱۳۵۷", "the revolution of 1357 [1978–79]", "", DiagnosticSeverity.Warning)]
    public void ASolarHijriYearCarriesItsRightGregorianYearInBrackets(string original, string translation, string expected, DiagnosticSeverity severity)
    {
        var found = new SolarHijriDateCheck().Check(ClauseUnderCheck.Of("en", original, translation)).ToList();
        CheckAssert.Reports(found, "dates", expected, severity);
    }

    [Theory]
    [InlineData("57", 1978, 1979)]
    [InlineData("98", 2019, 2020)]
    [InlineData("1400", 2021, 2022)]
    public void ASolarHijriYearSpansTwoGregorianYears(string year, int first, int second) =>
        Assert.Equal([first, second], SolarHijriYears.Gregorian(year).Order());
}
