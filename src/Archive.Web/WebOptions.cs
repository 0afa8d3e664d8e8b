namespace Archive.Web;

/// <summary>Settings under <c>Archive:Web</c>.</summary>
public sealed class WebOptions
{
    public const string Section = "Archive:Web";

    /// <summary>Search requests (<c>/search</c>, <c>/api/search</c>) allowed per client address per minute; 0 turns the limit off.</summary>
    public int SearchPermitsPerMinute { get; set; } = 120;

    /// <summary>How many search requests a client may send at once above the steady rate.</summary>
    public int SearchBurst { get; set; } = 20;

    /// <summary>
    /// Addresses of reverse proxies (besides loopback, always trusted) whose X-Forwarded-For/-Proto are believed, so that
    /// rate limits and HTTPS redirection see the reader's address and scheme.
    /// </summary>
    public IReadOnlyList<string> KnownProxies { get; set; } = [];

    /// <summary>How long a rendered page or API answer is kept; an import evicts everything at once.</summary>
    public int CacheSeconds { get; set; } = 600;

    /// <summary>Resolutions per page of a collection's and a topic's list (<c>?page=N</c>).</summary>
    public int ListPageSize { get; set; } = 100;

    /// <summary>URLs per sitemap file that <c>/sitemap.xml</c>, a sitemap index, points at (the protocol allows 50,000).</summary>
    public int SitemapUrlsPerFile { get; set; } = MaxSitemapUrlsPerFile;

    /// <summary>The sitemap protocol's limit of URLs in one file.</summary>
    public const int MaxSitemapUrlsPerFile = 50_000;

    /// <summary>The largest page a list may have, in the pages and in the API's <c>limit</c>.</summary>
    public const int MaxListPageSize = 1000;

    /// <summary>The languages the interface is offered in, the default first (each needs its Resources strings).</summary>
    public IReadOnlyList<string> InterfaceLanguages { get; set; } = [];
}
