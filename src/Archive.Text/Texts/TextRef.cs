using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Core.Texts;

/// <summary>
/// The one reference to a text of the archive: a resolution of a collection, optionally one clause of it
/// (<c>wpi-congress-12/1</c>, <c>wpi-congress-12/1:b</c>). It prints every form a reference takes (the pinpoint,
/// the canonical page, the reader's anchor, the API path) and parses them back; docs/clause-ids.md fixes the scheme.
/// </summary>
public readonly partial record struct TextRef(string Collection, int Resolution, string? Clause = null)
{
    /// <summary>The pseudo clause id of a resolution's title in search results.</summary>
    public const string TitleId = "title";

    /// <summary>The first segments of the site's own pages and files, which no collection may take as its slug.</summary>
    public static IReadOnlySet<string> ReservedSlugs { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "api", "collections", "resolutions", "search", "topics", "glossary", "status", "css", "js", "fonts",
        "openapi", "healthz", "not-found", "error", "lib", "favicon", "robots", "sitemap",
    };

    /// <summary>The reference without its clause: the whole resolution.</summary>
    public TextRef WholeResolution => this with { Clause = null };

    /// <summary>The path of the resolution's page (<c>/wpi-congress-12/1</c>).</summary>
    public string ResolutionPath => string.Create(CultureInfo.InvariantCulture, $"/{Collection}/{Resolution}");

    /// <summary>The path of the page of the resolution's revisions (<c>/wpi-congress-12/1/history</c>).</summary>
    public string HistoryPath => ResolutionPath + "/history";

    /// <summary>The canonical path: the clause's own page (<c>/wpi-congress-12/1/b</c>), or the resolution's.</summary>
    public string Path => Clause is null ? ResolutionPath : $"{ResolutionPath}/{Clause}";

    /// <summary>The clause's anchor in the full reader (<c>/wpi-congress-12/1#b</c>), or the resolution's page.</summary>
    public string Anchor => Clause is null ? ResolutionPath : $"{ResolutionPath}#{Clause}";

    /// <summary>The API path of the resolution or the clause.</summary>
    public string ApiPath => string.Create(CultureInfo.InvariantCulture, $"{CollectionApiPath(Collection)}/resolutions/{Resolution}")
        + (Clause is null ? string.Empty : $"/clauses/{Clause}");

    /// <summary>The pinpoint a citation carries (<c>wpi-congress-12/1:b</c>); the same as <see cref="ToString"/>.</summary>
    public string Pinpoint => ToString();

    /// <summary>An ASCII key for file names, BibTeX keys and XML ids: <c>wpi-congress-12-1</c>, <c>wpi-congress-12-1-b</c>.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Collection}-{Resolution}") + (Clause is null ? string.Empty : "-" + Clause);

    /// <summary>The absolute canonical link on the site whose base address is <paramref name="site"/> (kept with its path base).</summary>
    public Uri Url(Uri site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var root = site.AbsoluteUri.EndsWith('/') ? site : new Uri(site.AbsoluteUri + "/");
        return new Uri(root, Path[1..]);
    }

    /// <summary>What <see cref="TryParse"/> takes, for messages.</summary>
    public const string Forms = "a resolution such as 1 or wpi-congress-12/1, or a clause such as 1:b or wpi-congress-12/1:b";

    /// <summary>The path of a collection's page (<c>/wpi-congress-12</c>).</summary>
    public static string CollectionPath(string slug) => "/" + slug;

    /// <summary>The path of a topic's page (<c>/topics/labour</c>).</summary>
    public static string TopicPath(string slug) => "/topics/" + slug;

    /// <summary>The query parameter that numbers the pages of a list (from 1).</summary>
    public const string PageParameter = "page";

    /// <summary>The canonical path of page <paramref name="page"/> of the list at <paramref name="path"/>: the first page has no number (<c>/wpi-congress-12</c>, <c>/wpi-congress-12?page=2</c>).</summary>
    public static string PagePath(string path, int page) =>
        page <= 1 ? path : string.Create(CultureInfo.InvariantCulture, $"{path}?{PageParameter}={page}");

    /// <summary>The API path of a collection (<c>/api/collections/wpi-congress-12</c>).</summary>
    public static string CollectionApiPath(string slug) => "/api/collections/" + slug;

    /// <summary>Whether <paramref name="id"/> has the form of a clause id (ASCII letters, digits, '_'; at most 16).</summary>
    public static bool IsValidClauseId(string? id) => id is not null && ClauseIdPattern().IsMatch(id);

    /// <summary>Whether <paramref name="slug"/> can name a collection: lower-case ASCII words joined by dashes, at most 64, not reserved.</summary>
    public static bool IsValidSlug(string? slug) => slug is not null && SlugPattern().IsMatch(slug) && !ReservedSlugs.Contains(slug);

    /// <summary>
    /// Reads <c>slug/1</c>, <c>slug/1:b</c>, <c>/slug/1/b</c>, <c>/slug/1#b</c>, and the forms without a collection
    /// (<c>1</c>, <c>1:b</c>, <c>/resolutions/1/b</c>, <c>/resolutions/1#b</c>), which mean <paramref name="defaultCollection"/>
    /// (and fail without one).
    /// </summary>
    public static bool TryParse(string? text, string? defaultCollection, [NotNullWhen(true)] out TextRef? reference)
    {
        reference = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var m = RefPattern().Match(text.Trim());
        if (!m.Success
            || !int.TryParse(m.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || n < 1)
        {
            return false;
        }

        var slug = m.Groups["s"].Success && !string.Equals(m.Groups["s"].Value, "resolutions", StringComparison.Ordinal) ? m.Groups["s"].Value : defaultCollection;
        if (slug is null || !IsValidSlug(slug))
        {
            return false;
        }

        reference = new TextRef(slug, n, m.Groups["c"].Success ? m.Groups["c"].Value : null);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Collection}/{Resolution}") + (Clause is null ? string.Empty : ":" + Clause);

    [GeneratedRegex(@"^[a-z0-9_]{1,16}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseIdPattern();

    [GeneratedRegex(@"^(?=.{1,64}\z)[a-z0-9]+(?:-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^/?(?:(?<s>[a-z0-9]+(?:-[a-z0-9]+)*)/)?(?<n>[0-9]{1,6})(?:[:/#](?<c>[a-z0-9_]{1,16}))?\z", RegexOptions.CultureInvariant)]
    private static partial Regex RefPattern();
}
