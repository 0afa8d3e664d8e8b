using System.Text.RegularExpressions;
using System.Xml.Linq;
using Archive.Web.Tests.Ui;
using Archive.Web.Ui;

namespace Archive.Web.Tests.Resources;

/// <summary>
/// Every translation of the interface strings (Resources/SharedResource.xx.resx) has every string of the English one
/// (SharedResource.resx) and no other, with the same placeholders and markup; every interface language has its own.
/// </summary>
public partial class SharedResourceTests
{
    /// <summary>The language of SharedResource.resx, the strings every other language falls back to.</summary>
    private const string EnglishCode = "en";

    private static readonly string Folder = Path.Combine(Archive.Tests.RepositoryRoot.Path, "src", "Archive.Web", "Resources");

    private static readonly IReadOnlyDictionary<string, string> English = Strings(Path.Combine(Folder, "SharedResource.resx"));

    public static TheoryData<string> Translations() => new(TranslationFiles());

    [Fact]
    public void EveryConfiguredInterfaceLanguageButTheEnglishOne_HasATranslationOfTheStrings()
    {
        var translated = TranslationFiles();
        var missing = ConfiguredInterfaceLanguages.Codes
            .Where(code => code != EnglishCode && !translated.Contains($"SharedResource.{code}.resx", StringComparer.Ordinal));
        Assert.Empty(missing);
        Assert.Contains("SharedResource.de.resx", translated);
        Assert.Contains("SharedResource.fa.resx", translated);
    }

    [Fact]
    public void EveryInterfaceLanguage_IsNamedInItselfByItsOwnStrings()
    {
        var codes = ConfiguredInterfaceLanguages.Codes;
        var names = codes.Select(InterfaceLanguages.OwnName).ToList();

        Assert.Equal(codes.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Contains(InterfaceLanguages.OwnName(code), InterfaceLanguages.OwnLabel(code), StringComparison.Ordinal));
        Assert.Equal("Deutsch", InterfaceLanguages.OwnName("de"));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void ATranslation_HasEveryStringOfTheEnglishOneAndNoOther(string file)
    {
        var translated = Strings(Path.Combine(Folder, file));

        Assert.Empty(English.Keys.Except(translated.Keys, StringComparer.Ordinal));
        Assert.Empty(translated.Keys.Except(English.Keys, StringComparer.Ordinal));
        Assert.All(translated, s => Assert.False(string.IsNullOrWhiteSpace(s.Value), $"{file}: {s.Key} is empty"));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void ATranslation_KeepsThePlaceholdersAndMarkupOfEachEnglishString(string file)
    {
        var translated = Strings(Path.Combine(Folder, file));

        Assert.All(English.Keys.Intersect(translated.Keys, StringComparer.Ordinal), key =>
        {
            Assert.True(Placeholders(English[key]).SequenceEqual(Placeholders(translated[key])), $"{file}: {key} has placeholders {string.Join(' ', Placeholders(translated[key]))}, the English one {string.Join(' ', Placeholders(English[key]))}");
            Assert.True(Markup(English[key]).SequenceEqual(Markup(translated[key])), $"{file}: {key} does not keep the English one's markup");
        });
    }

    [Fact]
    public void PlaceholdersAndMarkup_AreFoundInAString()
    {
        Assert.Equal(["{0}", "{1:N0}"], Placeholders("Seite {1:N0} von {0}"));
        Assert.Equal(["<em>", "</em>"], Markup("die <em>ganze</em> Resolution"));
        Assert.Empty(Placeholders("\"genaue Wortfolge\" {x}"));
    }

    private static List<string> TranslationFiles() =>
        [.. Directory.GetFiles(Folder, "SharedResource.*.resx").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static Dictionary<string, string> Strings(string file) =>
        XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    /// <summary>The composite-format placeholders, in order of their index (a translation may put them in another order).</summary>
    private static List<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    private static List<string> Markup(string text) => [.. Tag().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+(,-?\d+)?(:[^{}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"</?[A-Za-z][^<>]*>")]
    private static partial Regex Tag();
}
