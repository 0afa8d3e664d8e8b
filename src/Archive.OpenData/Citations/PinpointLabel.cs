using System.Globalization;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Citations;

/// <summary>
/// How a clause's label reads in running text of a language: in the original's language the printed label
/// (<c>ب</c>, <c>١٢</c>), in another lettered items as <c>(b)</c> and numbered ones as <c>12.</c>; paragraphs as the
/// language's paragraph mark and number (<c>¶3</c>, <c>پ۳</c>).
/// </summary>
public static class PinpointLabel
{
    /// <summary>The label a translation prints before a clause: <c>(b)</c>, <c>12.</c>, nothing for a paragraph.</summary>
    public static string ForTranslation(string kind, string id) => kind switch
    {
        "lettered" => string.Create(CultureInfo.InvariantCulture, $"({id})"),
        "numbered" => string.Create(CultureInfo.InvariantCulture, $"{id}."),
        _ => string.Empty,
    };

    /// <param name="rules">The rules of the language the label is written in.</param>
    /// <param name="isOriginalLanguage">Whether that language is the original's, whose printed labels it then shows.</param>
    public static string For(LanguageRules rules, bool isOriginalLanguage, string kind, string id, string printedLabel)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(id);
        if (kind == "paragraph")
        {
            return rules.ParagraphMark + rules.ToNativeDigits(id[1..]);
        }

        return isOriginalLanguage ? printedLabel : ForTranslation(kind, id);
    }
}
