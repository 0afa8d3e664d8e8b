using System.Globalization;
using System.Text;
using Archive.Core.Search.Analysis;

namespace Archive.Core.Search.Expansion;

/// <summary>
/// The keys under which a label (or a span of a query) is looked up: the words as a language's query analyzer makes them
/// (stemmed, folded), and a language-neutral key (lower case, no diacritics or apostrophes, hyphens as spaces) that lets
/// a name typed in any language meet its label.
/// </summary>
public static class LabelKey
{
    /// <summary>The analysed terms of <paramref name="text"/> in <paramref name="language"/>, joined by spaces; empty when none.</summary>
    public static string Analysed(AnalyzerRegistry analyzers, string language, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        var terms = TokenStreams.Analyze(analyzers.ForQuery(language), SearchFields.Text(language), text)
            .Where(t => t.PositionIncrement > 0 && !PersianLightStemFilter.IsSurface(t.Term))
            .Select(t => t.Term);
        return string.Join(' ', terms);
    }

    /// <summary>Lower case, without diacritics and apostrophes, every other non-letter a single space.</summary>
    public static string Neutral(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in Decomposed(text))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format || c is '\'' or '’' or 'ʼ' or '‘')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>The text in Unicode form D; a text with a lone surrogate (which cannot be normalised) as it is.</summary>
    private static string Decomposed(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }
}
