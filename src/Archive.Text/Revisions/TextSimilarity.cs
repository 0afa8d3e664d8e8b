using System.Globalization;
using System.Text;

namespace Archive.Core.Revisions;

/// <summary>
/// How much two clause texts share, from 0 to 1: the Dice coefficient of their word multisets (2·shared ÷ total), words
/// split at anything that is not a letter, digit or joiner, compared case-folded after Unicode compatibility
/// folding, joiners and vowel marks left out. Language-neutral and cheap; it survives a corrected typo,
/// an added sentence and a changed number, and tells two unrelated paragraphs apart.
/// </summary>
public static class TextSimilarity
{
    public static double Of(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        var total = x.Values.Sum() + y.Values.Sum();
        if (total == 0)
        {
            return 1;
        }

        var shared = x.Sum(kv => y.TryGetValue(kv.Key, out var n) ? Math.Min(n, kv.Value) : 0);
        return 2.0 * shared / total;
    }

    public static Dictionary<string, int> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
            {
                if (c != '\u200C' && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    sb.Append(char.ToLowerInvariant(c));
                }

                continue;
            }

            Flush(words, sb);
        }

        Flush(words, sb);
        return words;
    }

    private static void Flush(Dictionary<string, int> words, StringBuilder sb)
    {
        if (sb.Length == 0)
        {
            return;
        }

        var word = sb.ToString();
        words[word] = words.TryGetValue(word, out var n) ? n + 1 : 1;
        sb.Clear();
    }
}
