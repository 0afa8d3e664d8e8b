using Archive.Core.Texts;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Import;

/// <summary>
/// Recognises a resolution heading: an optional printed number ("١٦- "), then a heading word of the language
/// (in Persian قطعنامه or قرار, or the misspelling فرار), then a word that opens a heading's subject (در, درباره, علیه…).
/// A line that opens with a quotation mark, or that is longer than a heading can be, is body text.
/// </summary>
public sealed record HeadingLine(HeadingWord Word, string Title, string? PrintedNumber)
{
    public ResolutionKind Kind => Word.Kind;

    /// <summary>Headings in the seed are at most ~80 characters; body paragraphs are far longer.</summary>
    public const int MaxLength = 200;

    public static bool TryMatch(string trimmedLine, LanguageRules language, out HeadingLine heading)
    {
        ArgumentNullException.ThrowIfNull(trimmedLine);
        ArgumentNullException.ThrowIfNull(language);
        heading = null!;
        if (trimmedLine.Length == 0 || trimmedLine.Length > MaxLength)
        {
            return false;
        }

        var rest = trimmedLine;
        string? printedNumber = null;
        if (LinePrefix.TrySplit(trimmedLine, out var prefix, out var afterDash) && language.TryParseNumber(prefix, out _))
        {
            printedNumber = prefix;
            rest = afterDash;
        }

        var words = rest.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2
            || !language.HeadingSubjectOpeners.Contains(language.Fold(words[1]))
            || language.FindHeadingWord(words[0]) is not { } word)
        {
            return false;
        }

        heading = new HeadingLine(word, rest, printedNumber);
        return true;
    }
}
