using System.Collections.Frozen;

namespace Archive.Core.Texts.Languages;

/// <summary>
/// The rules of Central Kurdish (Sorani, <c>ckb</c>), written in the Arabic script right to left: Arabic-Indic digits
/// (and Persian and ASCII ones read alike), and a search folding of the Arabic letter forms a Sorani text may be typed
/// with (ي → ی, ك → ک, ى → ی, ە for the heh ه, tatweel removed). No heading words: a Sorani original is written in
/// the structured (Markdown) seed format, which needs none.
/// </summary>
public sealed class SoraniRules : LanguageRules
{
    private SoraniRules()
        : base("ckb")
    {
        SearchFolding = new Dictionary<char, string>
        {
            ['\u064A'] = "\u06CC", // Arabic yeh → Farsi yeh, the form Sorani keyboards write
            ['\u0649'] = "\u06CC", // alef maksura
            ['\u0643'] = "\u06A9", // Arabic kaf → keheh
            ['\u0647'] = "\u06D5", // heh → ae (ە), the Sorani vowel letter
            ['\u0640'] = string.Empty, // tatweel
        }.ToFrozenDictionary();
    }

    public static SoraniRules Instance { get; } = new();

    public override string Direction => "rtl";

    public override FrozenDictionary<char, string> SearchFolding { get; }

    public override char NativeZero => '\u0660';

    public override string ListSeparator => "، ";

    /// <summary>A letter of the Arabic blocks (U+0600–U+06FF, U+0750–U+077F).</summary>
    public override bool IsLetter(char c) => c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') && char.IsLetter(c);

    /// <summary>ASCII, Arabic-Indic and Persian digits.</summary>
    public override int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };
}
