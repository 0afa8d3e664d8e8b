using Archive.Core.Content.Checks;

namespace Archive.Core.Tests.Content.Checks;

/// <summary>Terminal punctuation and sentence counts on clause 6:p2 (three sentences) and 1:a.</summary>
public class PunctuationCheckTests
{
    private const string Original = "بنا به آمار رسمی حکومت تنها ظرف یکسال بیش از ٣١ هزار دختر ١٠ تا ١٤ ساله ازدواج کرده اند. و این فاجعه رو به گسترش است. آمارهای اعلام شده از سوی حکومت تنها بخشی از واقعیت است.";

    [Theory]
    [InlineData("According to the regime's official statistics, more than 31 thousand girls aged 10 to 14 have been married. And this catastrophe is spreading. The statistics announced by the regime are only part of the reality.", "")]
    [InlineData("Nach den offiziellen Statistiken des Regimes wurden z. B. in einem Jahr mehr als 31 Tausend Mädchen verheiratet. Und diese Katastrophe breitet sich aus. Die Statistiken sind nur ein Teil der Wirklichkeit.", "")]
    [InlineData("According to the regime's official statistics, more than 31 thousand girls aged 10 to 14 have been married. And this catastrophe is spreading. The statistics announced by the regime are only", "the original ends with a full stop")]
    [InlineData("According to the regime's official statistics, more than 31 thousand girls aged 10 to 14 have been married.", "1 sentence(s) for the original's 3")]
    public void ATranslationEndsAsTheOriginalDoesAndHasAboutItsSentences(string translation, string expected)
    {
        var found = new PunctuationCheck().Check(ClauseUnderCheck.Of("en", Original, translation)).ToList();
        CheckAssert.Reports(found, "sentences", expected);
    }

    [Fact]
    public void AnOriginalWithoutAFullStopLetsTheTranslationEndAsItLikes()
    {
        const string original = "تاکید بر همبستگی مبارزاتی جنبشهای اعتراضی مختلف در سطح جامعه حول گفتمان مشترک سرنگونی جمهوری اسلامی و حول مطالبات سراسری";
        Assert.Empty(new PunctuationCheck().Check(ClauseUnderCheck.Of("en", original, "Emphasis on the militant solidarity of the various protest movements around nationwide demands")));
        Assert.Empty(new PunctuationCheck().Check(ClauseUnderCheck.Of("en", original, "Emphasis on the militant solidarity of the various protest movements around nationwide demands.")));
    }
}
