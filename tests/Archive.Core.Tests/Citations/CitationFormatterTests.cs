using Archive.Core.Citations;
using Archive.Core.Texts;
using Archive.Tests.Citations;

namespace Archive.Core.Tests.Citations;

/// <summary>The five formats of a clause and a resolution, read back by strict readers of each format.</summary>
public class CitationFormatterTests(CitedArchive archive) : IClassFixture<CitedArchive>
{
    private const string ClauseUrl = "https://archive.example/base/wpi-congress-12/1/b";

    [Theory]
    [InlineData("en", "Resolution on the characteristics of the current political situation and the tasks of the Party", "Worker-communist Party of Iran")]
    [InlineData("fa", "قطعنامه در مورد ویژگیهای شرایط سیاسی حاضر و وظایف حزب", "حزب کمونیست کارگری")]
    public async Task BibtexOfAClauseIsOneMiscEntryWithTheBodyAsCorporateAuthorAndTheCanonicalUrl(string language, string title, string body)
    {
        var bibtex = CitationFormatter.Format(await archive.SourceAsync("1:b", language), CitationFormat.Bibtex);

        var entry = Assert.Single(BibtexReader.Read(bibtex));
        Assert.Equal(("misc", "wpi-congress-12-1-b"), (entry.Type, entry.Key));
        Assert.Equal("{" + body + "}", entry.Fields["author"]);
        Assert.Equal(title, entry.Fields["title"]);
        Assert.Equal(ClauseUrl, entry.Fields["url"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", entry.Fields["urldate"]);
        Assert.False(entry.Fields.ContainsKey("year"), "the collection states no date, so the entry gives none");
    }

    [Fact]
    public async Task RisOfAClauseIsOneGenericRecordWithAuthorTitleUrlAndAccessDate()
    {
        var ris = CitationFormatter.Format(await archive.SourceAsync("1:b", "en"), CitationFormat.Ris);

        var record = Assert.Single(RisReader.Read(ris));
        var tags = record.ToLookup(f => f.Tag, f => f.Value);
        Assert.Equal("GEN", Assert.Single(tags["TY"]));
        Assert.Equal("Worker-communist Party of Iran", Assert.Single(tags["AU"]));
        Assert.Equal(ClauseUrl, Assert.Single(tags["UR"]));
        Assert.Equal("Resolution 1, clause (b)", Assert.Single(tags["SE"]));
        Assert.Matches(@"^\d{4}/\d{2}/\d{2}$", Assert.Single(tags["Y2"]));
        Assert.Empty(tags["PY"]);
    }

    [Theory]
    [InlineData("1:b", ClauseUrl)]
    [InlineData("1", "https://archive.example/base/wpi-congress-12/1")]
    public async Task CslJsonIsAValidItemOfTypeDocumentWithTheCanonicalUrl(string reference, string url)
    {
        var json = CitationFormatter.Format(await archive.SourceAsync(reference, "en"), CitationFormat.CslJson);

        var item = Assert.Single(CslJsonCheck.Items(json));
        Assert.Equal("document", item.GetProperty("type").GetString());
        Assert.Equal(url, item.GetProperty("URL").GetString());
        Assert.Equal("Worker-communist Party of Iran", item.GetProperty("author")[0].GetProperty("literal").GetString());
        Assert.Equal("12th Congress", item.GetProperty("event-title").GetString());
        Assert.False(item.TryGetProperty("issued", out _), "no date is stated, so none is issued");
        Assert.Equal(reference.Contains(':', StringComparison.Ordinal), item.TryGetProperty("section", out _));
    }

    [Theory]
    [InlineData(CitationFormat.Chicago, "en", "Worker-communist Party of Iran. “Resolution on the characteristics", "Accessed ")]
    [InlineData(CitationFormat.Apa, "en", "Worker-communist Party of Iran. (n.d.). Resolution on", "Retrieved ")]
    [InlineData(CitationFormat.Chicago, "fa", "حزب کمونیست کارگری. «قطعنامه در مورد", "تاریخ دسترسی: ")]
    [InlineData(CitationFormat.Apa, "fa", "حزب کمونیست کارگری. (بی‌تا). قطعنامه در مورد", "بازیابی‌شده در ")]
    public async Task StyledTextIsInTheCitationsLanguageWithTheCanonicalUrlAndNoViewParameters(CitationFormat format, string language, string start, string accessed)
    {
        var text = CitationFormatter.Format(await archive.SourceAsync("1:b", language), format);

        Assert.StartsWith(start, text, StringComparison.Ordinal);
        Assert.Contains(accessed, text, StringComparison.Ordinal);
        Assert.Contains(language == "fa" ? "قطعنامه ۱، بند ب" : "Resolution 1, clause (b)", text, StringComparison.Ordinal);
        Assert.Contains(ClauseUrl, text, StringComparison.Ordinal);
        Assert.DoesNotContain("?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("#", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ui=", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AParagraphIsCitedByTheLanguagesParagraphMark()
    {
        Assert.Equal("¶2", (await archive.SourceAsync("1:p2", "en")).Pinpoint);
        Assert.Equal("پ۲", (await archive.SourceAsync("1:p2", "fa")).Pinpoint);
    }

    [Theory]
    [InlineData("1:zz", "resolution wpi-congress-12/1 has no clause 'zz'")]
    [InlineData("99", "there is no resolution wpi-congress-12/99")]
    [InlineData("no-such-collection/1", "there is no resolution no-such-collection/1")]
    public async Task AReferenceToNothingNamesThePartAtFault(string reference, string problem)
    {
        Assert.True(TextRef.TryParse(reference, "wpi-congress-12", out var r));
        var found = await archive.Sources.FindAsync(r.Value, "en", CitedArchive.Site, CancellationToken.None);
        Assert.Null(found.Source);
        Assert.Equal(problem, found.Problem(r.Value));
    }
}
