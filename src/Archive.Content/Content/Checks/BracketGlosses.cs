using System.Text.RegularExpressions;

namespace Archive.Core.Content.Checks;

/// <summary>
/// Square-bracket glosses in a translation, "[1999, 2009]": the Gregorian equivalents the translators add after
/// Solar Hijri years (content/README.md, Conventions). They are not part of the original's wording.
/// </summary>
public static partial class BracketGlosses
{
    /// <summary>The glosses of a text with their positions.</summary>
    public static IEnumerable<Match> Find(string text) => Gloss().Matches(text);

    /// <summary>The text with every gloss replaced by a space.</summary>
    public static string Remove(string text) => Gloss().Replace(text, " ");

    [GeneratedRegex(@"\[[^\[\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex Gloss();
}
