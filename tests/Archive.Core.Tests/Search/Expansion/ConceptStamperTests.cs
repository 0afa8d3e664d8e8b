using Archive.Core.Content;
using Archive.Core.Search.Analysis;
using Archive.Core.Search.Expansion;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Search.Expansion;

/// <summary>
/// The stamper marks a text with a concept where the text holds one of the concept's labels in the text's language as the
/// label's query would match it: inflected forms and other spellings the analyzers fold, the label's words in order and
/// next to each other, once per occurrence; and its fingerprint changes with the labels and nothing else.
/// </summary>
public sealed class ConceptStamperTests : IDisposable
{
    private static readonly VocabularyConcept Unions = new("trade-unions", "concept", new Dictionary<string, VocabularyLabels>(StringComparer.Ordinal)
    {
        ["en"] = new("trade union", ["labour union"]),
        ["de"] = new("Gewerkschaft", []),
    });

    private static readonly VocabularyConcept Executions = new("executions", "topic", new Dictionary<string, VocabularyLabels>(StringComparer.Ordinal)
    {
        ["fa"] = new("اعدام", []),
        ["en"] = new("death penalty", ["executions"]),
    });

    private readonly AnalyzerRegistry _analyzers = new(LanguageRulesRegistry.BuiltIn);

    public void Dispose() => _analyzers.Dispose();

    [Theory]
    [InlineData("en", "Workers formed trade unions in the oil fields.", 1)]
    [InlineData("en", "The Labour Unions and the trade union of the bus drivers", 2)]
    [InlineData("en", "a union of trade and industry", 0)]
    [InlineData("en", "the trade of the union", 0)]
    [InlineData("de", "Die Gewerkschaften der Lehrer", 1)]
    [InlineData("de", "die Lehrergewerkschaft", 0)]
    [InlineData("fa", "اعدامها باید فورا متوقف شوند و اعدام لغو گردد", 2)]
    [InlineData("fa", "کارگران نفت", 0)]
    public void AText_IsStampedOncePerLabelItHolds_InTheFormsTheQueryWouldMatch(string language, string text, int times)
    {
        var stamper = new ConceptStamper([Unions, Executions], _analyzers);

        var stamped = stamper.Stamp(new Dictionary<string, string>(StringComparer.Ordinal) { [language] = text });

        var ids = stamped.SelectMany(s => s.Concepts).ToList();
        Assert.Equal(times, ids.Count);
        Assert.All(ids, id => Assert.Equal(language == "fa" ? "executions" : "trade-unions", id));
        Assert.All(stamped, s => Assert.Equal(language, s.Language));
    }

    /// <summary>Phrases of the seed: a label of three words or more stamps only where all its words stand together (spaced or joined), and one mention stamps once.</summary>
    [Theory]
    [InlineData("قوانین ویژه اقتصادی", "سیاستهای کلان اقتصادی حکومت نظیر خصوصی سازی، پیمانکاری، و مناطق ویژه اقتصادی", 0)]
    [InlineData("قوانین ویژه اقتصادی", "کوتاه شدن دست پیمانکاران و لغو قوانین ویژه اقتصادی دو مطالبه مهم", 1)]
    [InlineData("جدایی مذهب از دولت", "مذهب رسمی لغو شود، و دست مذهب از دولت و قوانین و آموزش و پرورش قطع گردد", 0)]
    [InlineData("جدایی مذهب از دولت", "خواهان جدایی مذهب از دولت است", 1)]
    [InlineData("بهره کشی از کودکان", "بسیاری از کودکان ساکن این محلات از تحصیل محرومند", 0)]
    [InlineData("جنبش ضد مذهبی", "قرار در مورد برآمد ضد مذهبی جامعه", 0)]
    [InlineData("جنبش ضد مذهبی", "حزب جنبش ضدمذهبی را بخش مهمی از جنبش سرنگونی طلبانه مردم ایران میداند", 1)]
    [InlineData("کار پیمانی", "کار پیمانی و قوانین ویژه اقتصادی یک بخش مهم از ساختار سیاسی-اقتصادی حاکم است", 1)]
    public void APersianLabel_IsStampedOnlyWhole_OncePerMention(string label, string text, int times)
    {
        var concept = new VocabularyConcept("concept", "subject", new Dictionary<string, VocabularyLabels>(StringComparer.Ordinal) { ["fa"] = new(label, []) });
        var stamper = new ConceptStamper([concept], _analyzers);

        var stamped = stamper.Stamp(new Dictionary<string, string>(StringComparer.Ordinal) { ["fa"] = text });

        Assert.Equal(times, stamped.SelectMany(s => s.Concepts).Count());
    }

    [Fact]
    public void OverlappingLabelsOfAConcept_StampOneMentionOnce()
    {
        var laws = new VocabularyConcept("special-economic-laws", "term", new Dictionary<string, VocabularyLabels>(StringComparer.Ordinal)
        {
            ["fa"] = new("قوانین ویژه اقتصادی", ["قانون ویژه اقتصادی", "لغو قوانین ویژه اقتصادی"]),
        });
        var stamper = new ConceptStamper([laws], _analyzers);

        var stamped = stamper.Stamp(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["fa"] = "کار پیمانی و قوانین ویژه اقتصادی یک بخش مهم از ساختار سیاسی-اقتصادی حاکم است. کوتاه شدن دست پیمانکاران و لغو قوانین ویژه اقتصادی دو مطالبه مهم",
        });

        Assert.Equal(["special-economic-laws", "special-economic-laws"], stamped.Single().Concepts);
    }

    [Fact]
    public void EachLanguageOfADocument_IsStampedOnItsOwn_AndALanguageWithoutLabelsIsNot()
    {
        var stamper = new ConceptStamper([Unions, Executions], _analyzers);

        var stamped = stamper.Stamp(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["fa"] = "لغو فوری اعدام",
            ["en"] = "Immediate abolition of the death penalty",
            ["de"] = "Sofortige Abschaffung der Todesstrafe",
        });

        Assert.Equal(["en:executions", "fa:executions"], stamped.SelectMany(s => s.Concepts.Select(c => s.Language + ":" + c)).Order(StringComparer.Ordinal));
        // The field's length as BM25 counts the text's: its indexed words, the stop words "of" and "the" not among them.
        Assert.Equal(4, stamped.Single(s => s.Language == "en").Words);
    }

    [Fact]
    public void TheFingerprint_DependsOnTheLabels_NotOnTheOrderOfTheConcepts()
    {
        var first = new ConceptStamper([Unions, Executions], _analyzers).Fingerprint;
        var reordered = new ConceptStamper([Executions, Unions], _analyzers).Fingerprint;
        var relabelled = new ConceptStamper([Unions with { Labels = new Dictionary<string, VocabularyLabels>(Unions.Labels, StringComparer.Ordinal) { ["de"] = new("Gewerkschaft", ["Arbeitnehmervertretung"]) } }, Executions], _analyzers).Fingerprint;

        Assert.Equal(first, reordered);
        Assert.NotEqual(first, relabelled);
        Assert.StartsWith(ConceptStamper.MatchingVersion + "-", first, StringComparison.Ordinal);
    }
}
