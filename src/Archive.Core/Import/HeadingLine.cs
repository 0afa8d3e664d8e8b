using System.Collections.Frozen;
using Archive.Core.Texts;

namespace Archive.Core.Import;

/// <summary>
/// Recognises a resolution heading: an optional printed number ("١٦- "), then قطعنامه or قرار
/// (or the misspelling فرار), then a word that opens a heading's subject (در, درباره, علیه, پیشنهادی…).
/// A line that opens with a quotation mark, or that is longer than a heading can be, is body text.
/// </summary>
public sealed record HeadingLine(ResolutionKind Kind, string Title, string? PrintedNumber, bool Misspelt)
{
    /// <summary>Headings in the seed are at most ~80 characters; body paragraphs are far longer.</summary>
    public const int MaxLength = 200;

    private static readonly FrozenSet<string> SubjectOpeners = FrozenSet.Create(
        StringComparer.Ordinal, "در", "درباره", "دربارهی", "علیه", "پیشنهادی", "برای", "راجع", "پیرامون", "درمورد", "بر");

    public static bool TryMatch(string trimmedLine, out HeadingLine heading)
    {
        ArgumentNullException.ThrowIfNull(trimmedLine);
        heading = null!;
        if (trimmedLine.Length == 0 || trimmedLine.Length > MaxLength)
        {
            return false;
        }

        var rest = trimmedLine;
        string? printedNumber = null;
        if (LinePrefix.TrySplit(trimmedLine, out var prefix, out var afterDash) && PersianText.TryParseNumber(prefix, out _))
        {
            printedNumber = prefix;
            rest = afterDash;
        }

        var words = rest.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !SubjectOpeners.Contains(PersianText.Fold(words[1])))
        {
            return false;
        }

        (ResolutionKind Kind, bool Misspelt)? kind = PersianText.Fold(words[0]) switch
        {
            "قطعنامه" => (ResolutionKind.Qatnameh, false),
            "قرار" => (ResolutionKind.Qarar, false),
            "فرار" => (ResolutionKind.Qarar, true),
            _ => null,
        };

        if (kind is null)
        {
            return false;
        }

        heading = new HeadingLine(kind.Value.Kind, rest, printedNumber, kind.Value.Misspelt);
        return true;
    }
}
