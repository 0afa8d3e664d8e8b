namespace Archive.Core.Search.Analysis;

/// <summary>Tests on analysed terms (already folded by <see cref="Texts.PersianText.SearchFolding"/>).</summary>
internal static class PersianScript
{
    /// <summary>Whether <paramref name="c"/> is a letter of the Arabic block (U+0600–U+06FF), which after folding means a Persian letter.</summary>
    public static bool IsLetter(char c) => c is >= '\u0600' and <= '\u06FF' && char.IsLetter(c);

    /// <summary>Whether the term is non-empty and made only of Persian letters (no digits, no Latin).</summary>
    public static bool IsWord(string term)
    {
        foreach (var c in term)
        {
            if (!IsLetter(c))
            {
                return false;
            }
        }

        return term.Length > 0;
    }

    /// <summary>Whether the term begins with a Persian letter.</summary>
    public static bool StartsWithLetter(string term) => term.Length > 0 && IsLetter(term[0]);

    /// <summary>Whether the term ends with a Persian letter.</summary>
    public static bool EndsWithLetter(string term) => term.Length > 0 && IsLetter(term[^1]);
}
