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

    /// <summary>The languages the interface is offered in, the default first (each needs its Resources strings).</summary>
    public IReadOnlyList<string> InterfaceLanguages { get; set; } = [];
}
