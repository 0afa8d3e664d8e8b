using Archive.Core.Content.Checks;

namespace Archive.Core.Tests.Content.Checks;

/// <summary>Length bands, calibrated from samples, on clause 1:a: the whole translation fits, a third of it does not.</summary>
public class LengthCheckTests
{
    private const string Original = "گسترش و پیشرویهای اعتصابات سراسری و پیگیر کارگران با زیر سئوال بردن سیاستهای کلان اقتصادی حکومت نظیر خصوصی سازی، پیمانکاری، و مناطق ویژه اقتصادی.";

    private const string Translation = "The expansion and advances of the nationwide and persistent strikes of the workers, calling into question the regime's major economic policies such as privatisation, the contractor system and special economic zones.";

    private static readonly LengthBand English = new("en", 0.87, 2.55, 1.46, 1.30, 1.70, 89, "all clauses");

    [Theory]
    [InlineData(Translation, "")]
    [InlineData("The expansion and advances of the nationwide and persistent strikes of the workers.", "shorter than the en band 0.87–2.55")]
    [InlineData(Translation + " " + Translation + " " + Translation, "longer than the en band")]
    public void ATranslationOutsideItsLanguagesBandIsReported(string translation, string expected)
    {
        var found = new LengthCheck(new Dictionary<string, LengthBand> { ["en"] = English }).Check(ClauseUnderCheck.Of("en", Original, translation)).ToList();
        CheckAssert.Reports(found, "length", expected);
    }

    [Fact]
    public void AShortOriginalIsNotJudged()
    {
        var found = new LengthCheck(new Dictionary<string, LengthBand> { ["en"] = English }).Check(ClauseUnderCheck.Of("en", "کنگره ١٢ حزب", "The 12th Congress of the Worker-communist Party of Iran, meeting in its full session"));
        Assert.Empty(found);
    }

    [Fact]
    public void TheBandIsTheFifthToNinetyFifthPercentileWidenedByTheMarginAndReviewedClausesWinWhenThereAreEnough()
    {
        var original = new string('ب', 100);
        var drafts = Enumerable.Range(0, 40).Select(i => ("en", original, new string('x', 100 + i), false));
        var reviewed = Enumerable.Range(0, 20).Select(i => ("en", original, new string('x', 200 + i), true));
        var fewReviewed = LengthCalibration.Calibrate(drafts.Concat(reviewed.Take(5)));
        Assert.Equal("all clauses (too few reviewed)", fewReviewed["en"].CalibratedOn);
        var band = LengthCalibration.Calibrate(drafts.Concat(reviewed))["en"];
        Assert.Equal(("reviewed clauses", 20), (band.CalibratedOn, band.Clauses));
        Assert.Equal(2.0095 / LengthCalibration.Margin, band.Low, 6);
        Assert.Equal(2.1805 * LengthCalibration.Margin, band.High, 6);
    }
}
