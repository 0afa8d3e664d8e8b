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
