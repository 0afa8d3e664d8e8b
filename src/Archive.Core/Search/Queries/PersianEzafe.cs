using Archive.Core.Search.Analysis;

namespace Archive.Core.Search.Queries;

/// <summary>
/// After a word ending in a vowel letter (ا or و), the ezafe is written as an attached ی: انتاریوی کانادا,
/// آمریکای جنوبی, دانشجوی. The analyzer keeps that ی (an ending ی is too often part of the word), so a query
/// word ending in ا or و also looks for its ezafe form.
/// </summary>
internal static class PersianEzafe
{
    /// <summary>Words shorter than this (جا, پا, رو, تو) are left alone: their ی forms are other words.</summary>
    private const int MinLength = 3;

    /// <summary>The analysed term with the attached ezafe ی, or null when the term does not take one.</summary>
    public static string? Attached(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return term.Length >= MinLength && PersianScript.IsWord(term) && term[^1] is 'ا' or 'و' ? term + "ی" : null;
    }
}
