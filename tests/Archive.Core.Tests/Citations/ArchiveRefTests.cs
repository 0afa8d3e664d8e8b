using Archive.Core.Citations;

namespace Archive.Core.Tests.Citations;

public class ArchiveRefTests
{
    [Theory]
    [InlineData("1", 1, null)]
    [InlineData("1:b", 1, "b")]
    [InlineData("/resolutions/12/p3", 12, "p3")]
    [InlineData("resolutions/1#a_2", 1, "a_2")]
    public void EveryWrittenFormReadsAsTheSameReference(string text, int resolution, string? clause)
    {
        Assert.True(ArchiveRef.TryParse(text, out var r));
        Assert.Equal(new ArchiveRef(resolution, clause), r);
        Assert.True(ArchiveRef.TryParse(r.Value.ToString(), out var again));
        Assert.Equal(r, again);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("1:")]
    [InlineData("1:B")]
    [InlineData("one")]
    [InlineData("1:b?ui=en")]
    public void AnythingElseIsNoReference(string text) => Assert.False(ArchiveRef.TryParse(text, out _));

    [Theory]
    [InlineData("https://example.org/", "https://example.org/resolutions/1/b")]
    [InlineData("https://example.org/archive", "https://example.org/archive/resolutions/1/b")]
    public void TheCanonicalLinkKeepsTheSitesPathAndCarriesNoView(string site, string url) =>
        Assert.Equal(url, new ArchiveRef(1, "b").Url(new Uri(site)).AbsoluteUri);

    [Fact]
    public void PersianDatesAreSolarHijriWithPersianDigits()
    {
        Assert.Equal("۱۷ اسفند ۱۳۵۷", CitationWords.Persian.Day(new DateOnly(1979, 3, 8)));
        Assert.Equal("March 8, 1979", CitationWords.English.Day(new DateOnly(1979, 3, 8)));
    }
}
