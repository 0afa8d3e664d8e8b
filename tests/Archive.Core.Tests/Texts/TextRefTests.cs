using Archive.Core.Texts;

namespace Archive.Core.Tests.Texts;

public class TextRefTests
{
    [Theory]
    [InlineData("wpi-congress-12/1:b", "wpi-congress-12", 1, "b")]
    [InlineData("wpi-congress-12/1", "wpi-congress-12", 1, null)]
    [InlineData("/wpi-congress-12/1/b", "wpi-congress-12", 1, "b")]
    [InlineData("/wpi-congress-12/1#p2", "wpi-congress-12", 1, "p2")]
    [InlineData("/other-body/28", "other-body", 28, null)]
    [InlineData("1:b", "first", 1, "b")]
    [InlineData("12", "first", 12, null)]
    [InlineData("/resolutions/1/b", "first", 1, "b")]
    [InlineData("/resolutions/16#p1", "first", 16, "p1")]
    public void TryParse_ReadsEveryForm(string text, string collection, int resolution, string? clause)
    {
        Assert.True(TextRef.TryParse(text, "first", out var r));
        Assert.Equal(new TextRef(collection, resolution, clause), r);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("wpi-congress-12/0")]
    [InlineData("wpi-congress-12/x")]
    [InlineData("Wpi/1")]
    [InlineData("api/1")]
    [InlineData("search/1:b")]
    [InlineData("wpi-congress-12/1:B!")]
    [InlineData("a--b/1")]
    public void TryParse_RefusesWhatIsNoReference(string text) => Assert.False(TextRef.TryParse(text, "first", out _));

    [Fact]
    public void TryParse_WithoutADefault_RefusesANumberAlone() => Assert.False(TextRef.TryParse("1:b", null, out _));

    [Fact]
    public void EveryForm_IsPrintedFromTheOneReference()
    {
        var r = new TextRef("wpi-congress-12", 1, "b");
        Assert.Equal(
            ("wpi-congress-12/1:b", "/wpi-congress-12/1/b", "/wpi-congress-12/1#b", "/wpi-congress-12/1", "/api/collections/wpi-congress-12/resolutions/1/clauses/b", "wpi-congress-12/1:b"),
            (r.ToString(), r.Path, r.Anchor, r.ResolutionPath, r.ApiPath, r.Pinpoint));
        Assert.Equal(("wpi-congress-12/1", "/wpi-congress-12/1", "/api/collections/wpi-congress-12/resolutions/1"), (r.WholeResolution.ToString(), r.WholeResolution.Path, r.WholeResolution.ApiPath));
    }

    [Theory]
    [InlineData("https://example.org/", "https://example.org/wpi-congress-12/1/b")]
    [InlineData("https://example.org/archive", "https://example.org/archive/wpi-congress-12/1/b")]
    public void Url_KeepsTheSitesPathAndCarriesNoView(string site, string url) =>
        Assert.Equal(url, new TextRef("wpi-congress-12", 1, "b").Url(new Uri(site)).AbsoluteUri);

    [Fact]
    public void Key_IsAsciiAndNamesTheCollection() =>
        Assert.Equal(("wpi-congress-12-1", "wpi-congress-12-1-b"), (new TextRef("wpi-congress-12", 1).Key, new TextRef("wpi-congress-12", 1, "b").Key));

    [Fact]
    public void PrintedForms_ParseBackToTheSameReference()
    {
        var seed = Random.Shared.Next();
        var random = new Random(seed);
        for (var i = 0; i < 200; i++)
        {
            var r = new TextRef($"c{random.Next(100)}-x", random.Next(1, 100_000), random.Next(3) == 0 ? null : $"p{random.Next(1, 99)}");
            foreach (var form in new[] { r.ToString(), r.Path, r.Anchor })
            {
                Assert.True(TextRef.TryParse(form, "first", out var back), $"seed {seed}: {form}");
                Assert.True(r == back, $"seed {seed}: {form} gave {back}");
            }
        }
    }
}
