using System.Globalization;
using System.Text;

namespace Archive.Core.Content.Checks;

/// <summary>
/// Whether a translation contains a rendering: the rendering's words in any order within a window of the phrase's
/// length plus two words a gap ("das Einfordern von Gerechtigkeit und Rechenschaft"), case-insensitive, umlauts
/// folded, articles left out, each word allowed an inflection (prisoner/prisoners, Hinrichtung/Hinrichtungen,
/// Rat/Räte) and to be a German compound's last part. A parenthetical in the rendering, "kolbar (cross-border
/// porter)", is a second rendering, not a required part.
/// </summary>
public static class RenderingMatcher
{
    private const int MaxGap = 2;

    private static readonly HashSet<string> Articles = new(
        ["the", "a", "an", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen"],
        StringComparer.Ordinal);

    /// <summary>The alternatives a rendering allows: the text outside parentheses and each parenthetical.</summary>
    public static IReadOnlyList<string> Alternatives(string rendering)
    {
        ArgumentNullException.ThrowIfNull(rendering);
        var outside = new StringBuilder();
        var inside = new List<string>();
        var depth = 0;
        var current = new StringBuilder();
        foreach (var c in rendering)
        {
            if (c == '(') { depth++; continue; }
            if (c == ')') { depth = Math.Max(0, depth - 1); if (depth == 0) { inside.Add(current.ToString()); current.Clear(); } continue; }
            (depth > 0 ? current : outside).Append(c);
        }

        // "Asylsuchende(r)": a parenthesis inside a word is an ending, not an alternative.
        return [.. new[] { outside.ToString() }.Concat(inside.Where(p => p.Length > 2)).Where(a => Words(a).Count > 0)];
    }

    /// <summary>Whether <paramref name="text"/> contains one of the alternatives of one of the renderings.</summary>
    public static bool ContainsAny(string text, IEnumerable<string> renderings)
    {
        ArgumentNullException.ThrowIfNull(renderings);
        var words = Words(text);
        return renderings.SelectMany(Alternatives).Any(a => ContainsWords(words, Words(a)));
    }

    /// <summary>The words of a text, lower case, umlauts folded, articles dropped.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (sb.Length > 0 && !Articles.Contains(sb.ToString()))
            {
                words.Add(sb.ToString());
            }

            sb.Clear();
        }
    }

    private static bool ContainsWords(IReadOnlyList<string> text, IReadOnlyList<string> phrase)
    {
        if (phrase.Count == 0)
        {
            return false;
        }

        var window = phrase.Count + (MaxGap * (phrase.Count - 1));
        for (var start = 0; start < text.Count; start++)
        {
            if (!phrase.Any(p => Matches(text[start], p)))
            {
                continue;
            }

            var span = text.Skip(start).Take(window).ToList();
            if (phrase.All(p => span.Any(w => Matches(w, p))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word matches the wanted one when it starts with its stem (up to two final e, s, n, r or y dropped) or, for a
    /// German compound, ends with it give or take those letters ("Organisationsrat" has "Rat").
    /// </summary>
    private static bool Matches(string word, string wanted)
    {
        var stem = wanted;
        for (var i = 0; i < 2 && stem.Length > 4 && "esnry".Contains(stem[^1], StringComparison.Ordinal); i++)
        {
            stem = stem[..^1];
        }

        if (word.StartsWith(stem, StringComparison.Ordinal))
        {
            return true;
        }

        var at = word.LastIndexOf(stem, StringComparison.Ordinal);
        return stem.Length >= 3 && at > 0 && word.Length - at - stem.Length <= 2 && word[(at + stem.Length)..].All(c => "esnr".Contains(c, StringComparison.Ordinal));
    }
}
