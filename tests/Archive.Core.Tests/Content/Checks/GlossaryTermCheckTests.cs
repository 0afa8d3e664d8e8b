using Archive.Core.Content;
using Archive.Core.Content.Checks;

namespace Archive.Core.Tests.Content.Checks;

/// <summary>Glossary terms on real clauses (resolutions 1, 2, 23): the term of the original must come with its rendering.</summary>
public class GlossaryTermCheckTests
{
    private static readonly GlossaryTermCheck Check = new(ReadGlossary());

    [Theory]
    [InlineData("en", "سیاستهای کلان اقتصادی حکومت نظیر خصوصی سازی، پیمانکاری، و مناطق ویژه اقتصادی", "the regime's major economic policies such as privatisation, the contractor system and special economic zones", "")]
    [InlineData("de", "سیاستهای کلان اقتصادی حکومت نظیر خصوصی‌سازی، پیمانکاری، و مناطق ویژه اقتصادی", "der großen Wirtschaftspolitik des Regimes wie Privatisierung, Vergabe an Auftragnehmer und Sonderwirtschaftszonen", "")]
    [InlineData("en", "سیاستهای کلان اقتصادی حکومت نظیر خصوصی سازی، پیمانکاری، و مناطق ویژه اقتصادی", "the regime's major economic policies such as the sale of state enterprises, the contractor system and special economic zones", "'privatisation'")]
    [InlineData("de", "تشکیل مجمع عمومی و شورای سازماندهی بوسیله کارگران پیمانی نفت", "die Bildung einer Vollversammlung und eines Organisationsrates durch die Vertragsarbeiter des Öls", "")]
    [InlineData("de", "و دادخواهی مادران آبان و خاوران", "sowie das Einfordern von Gerechtigkeit und Rechenschaft durch die Aban- und die Khavaran-Mütter", "")]
    [InlineData("de", "اوجگیری و تعین بیشتر جنبش دادخواهی", "Der Aufschwung und die weitere Ausprägung der Gerechtigkeitsbewegung", "the glossary term دادخواهی")]
    [InlineData("en", "چشم انداز دوره تازه ای از خیزشهای توده ای را در برابر ما قرار میدهد", "place before us the prospect of a new period of mass uprisings", "")]
    [InlineData("en", "قرار در حمایت از جنبش دادخواهی", "Decision in support of the justice-seeking movement", "")]
    [InlineData("en", "قرار در حمایت از جنبش دادخواهی", "Resolution in support of the justice-seeking movement", "'decision'")]
    [InlineData("de", "کولبران و سوختبران کار طاقت فرسایی انجام میدهند", "Kolbars und Treibstoffträger verrichten eine mühselige Arbeit", "")]
    public void AClauseWithAGlossaryTermCarriesItsRendering(string language, string original, string translation, string expected)
    {
        var found = Check.Check(ClauseUnderCheck.Of(language, original, translation)).ToList();
        CheckAssert.Reports(found, "glossary", expected);
    }

    private static List<GlossaryEntry> ReadGlossary()
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryFiles.ContentDirectory, "glossary.yml"));
        return new YamlDotNet.Serialization.DeserializerBuilder()
            .WithNamingConvention(YamlDotNet.Serialization.NamingConventions.UnderscoredNamingConvention.Instance)
            .Build().Deserialize<List<GlossaryEntry>>(yaml);
    }
}
