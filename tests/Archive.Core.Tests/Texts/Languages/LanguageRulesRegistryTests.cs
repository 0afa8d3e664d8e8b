using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Texts.Languages;

public class LanguageRulesRegistryTests
{
    [Theory]
    [InlineData("fa")]
    [InlineData("FA")]
    [InlineData("fa-IR")]
    [InlineData("fa_IR")]
    public void For_PersianInAnyCaseOrRegion_IsThePersianRules(string code) =>
        Assert.Same(PersianRules.Instance, LanguageRulesRegistry.BuiltIn.For(code));

    [Theory]
    [InlineData("en", "en")]
    [InlineData("de-CH", "de")]
    public void For_LanguageWithoutRules_IsNeutral(string code, string expected)
    {
        var rules = LanguageRulesRegistry.BuiltIn.For(code);
        Assert.IsType<NeutralRules>(rules);
        Assert.Equal(expected, rules.Code);
        Assert.Equal("ltr", rules.Direction);
        Assert.False(rules.HasSearchChain);
        Assert.Equal("Iran\u200Cian", rules.Fold("Iran\u200Cian"));
        Assert.Equal(0, rules.ItemLetterPosition("a"));
        Assert.Null(rules.FindHeadingWord("قرار"));
        Assert.Null(rules.EzafeForm("canada"));
    }

    [Fact]
    public void Default_IsTheFirstRegisteredRules() =>
        Assert.Same(PersianRules.Instance, new LanguageRulesRegistry([PersianRules.Instance, new NeutralRules("en")]).Default);

    [Fact]
    public void Constructor_NoRules_Throws() =>
        Assert.Throws<ArgumentException>(() => new LanguageRulesRegistry([]));

    [Theory]
    [InlineData("fa", true)]
    [InlineData("en-GB", true)]
    [InlineData("v2", false)]
    [InlineData("f", false)]
    [InlineData("fa ir", false)]
    public void IsLanguageCode_ReadsTags(string code, bool expected) =>
        Assert.Equal(expected, LanguageRulesRegistry.IsLanguageCode(code));
}
