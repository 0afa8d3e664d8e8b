using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Core.Texts;

/// <summary>
/// A reference to one clause of one resolution, e.g. resolution 1, clause <c>b</c>.
/// Round-trips through <see cref="ToString"/> (<c>1:b</c>) and <see cref="Path"/> (<c>/resolutions/1/b</c>);
/// <see cref="TryParse"/> also reads the anchor form <c>/resolutions/1#b</c>.
/// </summary>
public readonly partial record struct ClauseRef(int Resolution, string Clause)
{
    /// <summary>The pseudo clause id of a resolution's title in search results.</summary>
    public const string TitleId = "title";

    /// <summary>The path of the clause's own page.</summary>
    public string Path => string.Create(CultureInfo.InvariantCulture, $"/resolutions/{Resolution}/{Clause}");

    /// <summary>The path of the clause's anchor in the full reader.</summary>
    public string Anchor => string.Create(CultureInfo.InvariantCulture, $"/resolutions/{Resolution}#{Clause}");

    /// <summary>Whether <paramref name="id"/> has the form of a clause id (ASCII letters, digits, '_'; at most 16).</summary>
    public static bool IsValidClauseId(string? id) => id is not null && ClauseIdPattern().IsMatch(id);

    public static bool TryParse(string? text, [NotNullWhen(true)] out ClauseRef? reference)
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

        reference = new ClauseRef(n, m.Groups["c"].Value);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Resolution}:{Clause}");

    [GeneratedRegex(@"^[a-z0-9_]{1,16}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseIdPattern();

    [GeneratedRegex("^(?:/?resolutions/)?(?<n>[0-9]{1,6})[:/#](?<c>[a-z0-9_]{1,16})$", RegexOptions.CultureInvariant)]
    private static partial Regex RefPattern();
}
