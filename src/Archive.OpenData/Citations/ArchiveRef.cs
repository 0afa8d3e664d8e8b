using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Core.Texts;

namespace Archive.Core.Citations;

/// <summary>
/// What a citation, a meta tag, an export or a feed points at: a resolution (<c>1</c>) or one of its clauses (<c>1:b</c>).
/// The one place the archive's public references and canonical paths are made: <see cref="ToString"/> is the reference
/// the command and the API take, <see cref="Path"/> the canonical path (no view parameters: no <c>ui</c>, <c>tr</c> or
/// <c>layout</c>), <see cref="Url"/> the absolute link. A collection slug, once references carry one, is added here.
/// </summary>
public readonly partial record struct ArchiveRef(int Resolution, string? Clause)
{
    /// <summary>A reference to a whole resolution.</summary>
    public static ArchiveRef ToResolution(int number) => new(number, null);

    /// <summary>The same reference as a <see cref="ClauseRef"/> (null for a whole resolution).</summary>
    public ClauseRef? ClauseRef => Clause is null ? null : new ClauseRef(Resolution, Clause);

    /// <summary>The resolution this reference is in.</summary>
    public ArchiveRef Whole => new(Resolution, null);

    /// <summary>The canonical path: <c>/resolutions/1</c>, or the clause's own page <c>/resolutions/1/b</c>.</summary>
    public string Path => Clause is null
        ? string.Create(CultureInfo.InvariantCulture, $"/resolutions/{Resolution}")
        : string.Create(CultureInfo.InvariantCulture, $"/resolutions/{Resolution}/{Clause}");

    /// <summary>The API's path of what is referred to: <c>/api/resolutions/1</c> or <c>/api/resolutions/1/clauses/b</c>.</summary>
    public string ApiPath => Clause is null
        ? string.Create(CultureInfo.InvariantCulture, $"/api/resolutions/{Resolution}")
        : string.Create(CultureInfo.InvariantCulture, $"/api/resolutions/{Resolution}/clauses/{Clause}");

    /// <summary>An ASCII key for file names, BibTeX keys and XML ids: <c>res-1</c>, <c>res-1-b</c>.</summary>
    public string Key => Clause is null
        ? string.Create(CultureInfo.InvariantCulture, $"res-{Resolution}")
        : string.Create(CultureInfo.InvariantCulture, $"res-{Resolution}-{Clause}");

    /// <summary>The absolute canonical link on the site whose base address is <paramref name="site"/> (kept with its path base).</summary>
    public Uri Url(Uri site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var root = site.AbsoluteUri.EndsWith('/') ? site : new Uri(site.AbsoluteUri + "/");
        return new Uri(root, Path[1..]);
    }

    /// <summary>Reads <c>1</c>, <c>1:b</c>, <c>/resolutions/1</c>, <c>/resolutions/1/b</c> and <c>/resolutions/1#b</c>.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ArchiveRef? reference)
    {
        reference = null;
        var m = RefPattern().Match(text?.Trim() ?? string.Empty);
        if (!m.Success
            || !int.TryParse(m.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || n < 1)
        {
            return false;
        }

        reference = new ArchiveRef(n, m.Groups["c"].Success ? m.Groups["c"].Value : null);
        return true;
    }

    /// <summary>What <see cref="TryParse"/> takes, for messages.</summary>
    public const string Forms = "a resolution number such as 1, or a clause such as 1:b";

    public override string ToString() => Clause is null
        ? Resolution.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Resolution}:{Clause}");

    [GeneratedRegex("^(?:/?resolutions/)?(?<n>[0-9]{1,6})(?:[:/#](?<c>[a-z0-9_]{1,16}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex RefPattern();
}
