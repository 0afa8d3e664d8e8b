namespace Archive.Web.Tests.Pages.Paging;

/// <summary>The real seed served with lists of 3 resolutions a page and sitemap files of 10 URLs, so that every split happens on 28 resolutions.</summary>
public sealed class SmallPagesApp : IDisposable
{
    public const int PageSize = 3;

    public const int UrlsPerFile = 10;

    public ArchiveWebFactory Factory { get; } = new()
    {
        Settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Archive:Web:ListPageSize"] = PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Archive:Web:SitemapUrlsPerFile"] = UrlsPerFile.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
    };

    public void Dispose() => Factory.Dispose();
}
