using Archive.Core.Texts;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Texts.Languages;

/// <summary>The Persian rules on inputs printed in the seed (resolutions.fa.txt), line numbers in the comments.</summary>
public class PersianRulesTests
{
    private static readonly PersianRules Persian = PersianRules.Instance;

    [Theory]
    [InlineData("الف", 1, "a")] // line 4
    [InlineData("ب", 2, "b")] // line 6
    [InlineData("ج", 3, "c")] // line 8
    [InlineData("د", 4, "d")] // line 9
    [InlineData("ه", 5, "e")] // line 11
    [InlineData("و", 6, "f")] // line 12
    [InlineData("ز", 7, "g")] // line 14
    [InlineData("ح", 8, "h")] // line 16
    [InlineData("ط", 9, "i")]
    [InlineData("ي", 10, "j")] // Arabic yeh folds to the Persian ی
    [InlineData("ك", 11, "k")] // Arabic kaf folds to the Persian ک
    [InlineData("غ", 28, "bb")]
    public void ItemLetterPosition_AbjadLetter_GivesItsPlaceAndClauseId(string printed, int position, string id)
    {
        Assert.Equal(position, Persian.ItemLetterPosition(printed));
        Assert.Equal(id, Persian.ItemId(position));
    }

    [Theory]
    [InlineData("١٢")]
    [InlineData("a")]
    [InlineData("الفب")]
    [InlineData("")]
    public void ItemLetterPosition_NotAnItemLetter_IsZero(string printed) =>
        Assert.Equal(0, Persian.ItemLetterPosition(printed));

    [Fact]
    public void ItemId_PastTheLastLetter_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Persian.ItemId(Persian.ItemLetters.Count + 1));

    [Theory]
    [InlineData("قطعنامه", ResolutionKind.Qatnameh, null)] // line 1
    [InlineData("قرار", ResolutionKind.Qarar, null)] // line 45
    [InlineData("فرار", ResolutionKind.Qarar, "قرار")] // line 63, the misspelling
    public void FindHeadingWord_HeadingWordOfTheSeed_GivesItsKind(string word, ResolutionKind kind, string? misspellingOf)
    {
        var found = Persian.FindHeadingWord(word);
        Assert.NotNull(found);
        Assert.Equal(kind, found.Kind);
        Assert.Equal(misspellingOf, found.MisspellingOf);
    }

    [Theory]
    [InlineData("قطعنامه‌ها")]
    [InlineData("در")]
    [InlineData("resolution")]
    public void FindHeadingWord_OtherWord_IsNull(string word) => Assert.Null(Persian.FindHeadingWord(word));

    [Fact]
    public void HeadingWordList_NamesTheCorrectlySpeltWordsInOrder() =>
        Assert.Equal("قطعنامه or قرار", Persian.HeadingWordList());

    [Theory]
    [InlineData("پيشنهادى", "پیشنهادی")] // line 102: Arabic yeh and alef maksura
    [InlineData("حمايت", "حمایت")] // line 102
    [InlineData("پناهندگى", "پناهندگی")] // line 102
    [InlineData("قضائی", "قضایی")] // line 84: hamza seat
    [InlineData("توده\u200Cای", "توده ای")] // the half-space is a space in comparison keys
    [InlineData("زیست و\u00A0حمایت", "زیست و حمایت")] // line 87: a no-break space
    [InlineData("١٦", "16")] // line 102
    [InlineData("۱۴۰۰", "1400")]
    [InlineData("PS752", "PS752")]
    public void Fold_SeedSpelling_GivesTheComparisonKey(string printed, string folded) =>
        Assert.Equal(folded, Persian.Fold(printed));

    [Theory]
    [InlineData("١٦", 16)] // line 102
    [InlineData("١٢", 12)] // line 42
    [InlineData("۷", 7)]
    [InlineData("10", 10)]
    public void TryParseNumber_DigitsOfEachScript_ParsesTheValue(string digits, int value)
    {
        Assert.True(Persian.TryParseNumber(digits, out var parsed));
        Assert.Equal(value, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("الف")]
    [InlineData("1a")]
    [InlineData("1234567890")]
    public void TryParseNumber_NotANumber_IsFalse(string digits) => Assert.False(Persian.TryParseNumber(digits, out _));

    [Theory]
    [InlineData("12", "۱۲")]
    [InlineData("١٢", "۱۲")]
    [InlineData("p3", "p۳")]
    public void ToNativeDigits_AnyDigits_BecomePersianDigits(string text, string native) =>
        Assert.Equal(native, Persian.ToNativeDigits(text));

    [Fact]
    public void Rules_DescribeAPersianText()
    {
        Assert.Equal("rtl", Persian.Direction);
        Assert.True(Persian.HasSearchChain);
        Assert.True(Persian.IsWord(Persian.Fold("کارگران")));
        Assert.False(Persian.IsWord("کارگران1"));
    }
}
