using Archive.Core.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Util;

namespace Archive.Core.Tests.Search.Analysis;

/// <summary>The fast lower-casing gives exactly what Lucene's LowerCaseFilter gives, on every kind of character.</summary>
public class CaselessFastLowerCaseFilterTests
{
    [Theory]
    [InlineData("کارگران ایران")]
    [InlineData("PS752 HAFT Tappeh")]
    [InlineData("ÄRZTE Straße ÜBER")] // Latin-1 letters: the culture's mapping
    [InlineData("MIXED فارسی AND Ünïcödé")] // caseless first, then a cased letter after them
    [InlineData("grüßGOTTÄ")] // a cased letter after the first character: lowered to the end of the token
    [InlineData("İSTANBUL")] // Turkish dotted I: what the invariant culture makes of it, not a hand-written rule
    [InlineData("ΑΘΗΝΑ Σ")] // Greek capitals
    [InlineData("\U00010400\U00010401 DESERET")] // capitals outside the BMP (surrogate pairs)
    [InlineData("خامنه‌ای ZWNJ‌JOINED")] // the zero-width non-joiner inside both scripts
    [InlineData("ﻻ ﷲ ﺑﺴﻢ")] // Arabic presentation forms
    public void Analyze_AnyText_GivesTheTermsOfLucenesLowerCaseFilter(string text) =>
        Assert.Equal(Terms(new StockChain(), text), Terms(new FastChain(), text));

    [Fact]
    public void Analyze_TheWholeSeed_GivesTheTermsOfLucenesLowerCaseFilter()
    {
        var seed = RepositoryFiles.SeedText;

        Assert.Equal(Terms(new StockChain(), seed), Terms(new FastChain(), seed));
    }

    [Fact]
    public void Analyze_CapitalLatinLetters_AreLowered() =>
        Assert.Equal(["ps752", "haft", "tappeh"], Terms(new FastChain(), "PS752 HAFT Tappeh"));

    private static List<string> Terms(Analyzer analyzer, string text)
    {
        using (analyzer)
        {
            return [.. TokenStreams.Analyze(analyzer, "text", text).Select(t => t.Term)];
        }
    }

    private sealed class StockChain : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer));
        }
    }

    private sealed class FastChain : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new WhitespaceTokenizer(LuceneVersion.LUCENE_48, reader);
            return new TokenStreamComponents(tokenizer, new CaselessFastLowerCaseFilter(tokenizer));
        }
    }
}
