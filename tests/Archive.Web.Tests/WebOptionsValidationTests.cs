namespace Archive.Web.Tests;

/// <summary>The paging settings are checked when the site starts, each failure naming its key and its range.</summary>
public class WebOptionsValidationTests
{
    [Theory]
    [InlineData(0, 50_000, "Archive:Web:ListPageSize must be from 1 to 1000")]
    [InlineData(1001, 50_000, "Archive:Web:ListPageSize must be from 1 to 1000")]
    [InlineData(100, 0, "Archive:Web:SitemapUrlsPerFile must be from 1 to 50000")]
    [InlineData(100, 50_001, "Archive:Web:SitemapUrlsPerFile must be from 1 to 50000")]
    public void APageSizeOutOfItsRange_FailsNamingItsKey(int listPageSize, int urlsPerFile, string failure)
    {
        var result = new WebOptionsValidation().Validate(null, new WebOptions { InterfaceLanguages = ["fa", "en"], ListPageSize = listPageSize, SitemapUrlsPerFile = urlsPerFile });
        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith(failure, StringComparison.Ordinal));
    }

    [Fact]
    public void TheDefaults_AreValid() =>
        Assert.True(new WebOptionsValidation().Validate(null, new WebOptions { InterfaceLanguages = ["fa", "en"] }).Succeeded);
}
