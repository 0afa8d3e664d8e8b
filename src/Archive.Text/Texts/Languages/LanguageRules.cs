using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Archive.Core.Texts.Languages;

/// <summary>
/// Everything the archive knows about one language, in one object: the importer reads headings, item letters and
/// digits with it, the search analyzer and query builder take their folding map, affix lists, stem rules,
/// protected words and ezafe from it, and the views take direction, digits and marks from it. A language
/// without rules of its own gets <see cref="NeutralRules"/>. Instances are immutable and shared.
/// </summary>
public abstract class LanguageRules
{
    private FrozenDictionary<char, string>? wordFolding;

    protected LanguageRules(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
    }

    /// <summary>The language code (primary subtag, lower case).</summary>
    public string Code { get; }

    /// <summary>The writing direction as HTML's <c>dir</c> takes it: "rtl" or "ltr".</summary>
    public virtual string Direction => "ltr";

    /// <summary>Whether the language has its own search chain (folding, affix joins, stemming); otherwise a stock analyzer.</summary>
    public virtual bool HasSearchChain => false;

    /// <summary>Character folding for search keys; a value of "" deletes the character. Word separators are not in it.</summary>
    public virtual FrozenDictionary<char, string> SearchFolding { get; } = FrozenDictionary<char, string>.Empty;

    /// <summary>Characters that separate the parts of a compound word (the Persian half-space): folded to a space.</summary>
    public virtual IReadOnlyList<char> CompoundSeparators => [];

    /// <summary><see cref="SearchFolding"/> plus each compound separator → space: the map of words' comparison keys.</summary>
    public FrozenDictionary<char, string> WordFolding => wordFolding ??= SearchFolding
        .Concat(CompoundSeparators.Select(c => KeyValuePair.Create(c, " ")))
        .ToFrozenDictionary();

    /// <summary>The legacy Windows code page a file in the language may come in (Persian: 1256), or null.</summary>
    public virtual int? LegacyCodePage => null;

    /// <summary>The digit '0' of the language's own digits, used when the interface shows numbers.</summary>
    public virtual char NativeZero => '0';

    /// <summary>Item letters in their printed order, folded (the Persian abjad: الف ب ج د …); empty when items are not lettered.</summary>
    public virtual IReadOnlyList<string> ItemLetters => [];

    /// <summary>The words that open a heading, in the order messages name them (قطعنامه, قرار, and the misspelling فرار).</summary>
    public virtual IReadOnlyList<HeadingWord> HeadingWords => [];

    /// <summary>The folded words that open a heading's subject, right after the heading word (در, درباره, علیه …).</summary>
    public virtual FrozenSet<string> HeadingSubjectOpeners { get; } = FrozenSet<string>.Empty;

    /// <summary>Word prefixes that may be written apart and join the next word (the verb prefix می).</summary>
    public virtual FrozenSet<string> DetachedPrefixes { get; } = FrozenSet<string>.Empty;

    /// <summary>Word suffixes that may be written apart and join the previous word (the plural ها).</summary>
    public virtual FrozenSet<string> DetachedSuffixes { get; } = FrozenSet<string>.Empty;

    /// <summary>The light stemmer's rules, longest suffix first; the first rule whose suffix matches decides.</summary>
    public virtual IReadOnlyList<StemRule> StemRules => [];

    /// <summary>
    /// Folded words so frequent that a phrase through them would intersect very long position lists: the index also
    /// holds each adjacent pair of words of which one is common as one term, and a phrase query looks that term up
    /// instead (common-word grams). The list decides what the index holds: changing it changes the analysis version.
    /// </summary>
    public virtual FrozenSet<string> CommonWords { get; } = FrozenSet<string>.Empty;

    /// <summary>Folded words the stemmer leaves whole.</summary>
    public virtual FrozenSet<string> ProtectedWords { get; } = FrozenSet<string>.Empty;

    /// <summary>The mark before a paragraph's number in the interface.</summary>
    public virtual string ParagraphMark => "¶";

    /// <summary>What separates the items of a list in running text.</summary>
    public virtual string ListSeparator => ", ";

    /// <summary>Whether <paramref name="c"/> is a letter of the language's script (after folding).</summary>
    public virtual bool IsLetter(char c) => char.IsLetter(c);

    /// <summary>The value 0–9 of a digit the language writes, or -1.</summary>
    public virtual int DigitValue(char c) => c is >= '0' and <= '9' ? c - '0' : -1;

    /// <summary>The analysed term with an attached ezafe, or null when the language or the term has none.</summary>
    public virtual string? EzafeForm(string term) => null;

    /// <summary>Whether the term is non-empty and made only of the script's letters (no digits, no other script).</summary>
    public bool IsWord(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        foreach (var c in term)
        {
            if (!IsLetter(c))
            {
                return false;
            }
        }

        return term.Length > 0;
    }

    public bool StartsWithLetter(string term) => term.Length > 0 && IsLetter(term[0]);

    public bool EndsWithLetter(string term) => term.Length > 0 && IsLetter(term[^1]);

    /// <summary>Applies <see cref="WordFolding"/>: the comparison key for words.</summary>
    public string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var map = WordFolding;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (map.TryGetValue(c, out var mapped))
            {
                sb.Append(mapped);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The 1-based position of a printed item letter in <see cref="ItemLetters"/>, or 0.</summary>
    public int ItemLetterPosition(string printedLetter)
    {
        var folded = Fold(printedLetter);
        for (var i = 0; i < ItemLetters.Count; i++)
        {
            if (string.Equals(ItemLetters[i], folded, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The clause id of the 1-based item letter position, in English legal style: a … z, then aa, bb.</summary>
    public string ItemId(int position)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, ItemLetters.Count);
        var letter = (char)('a' + ((position - 1) % 26));
        return position <= 26 ? letter.ToString() : new string(letter, 2);
    }

    /// <summary>The heading word a (printed) word is, or null.</summary>
    public HeadingWord? FindHeadingWord(string printedWord)
    {
        var folded = Fold(printedWord);
        return HeadingWords.FirstOrDefault(w => string.Equals(w.Word, folded, StringComparison.Ordinal));
    }

    /// <summary>The correctly spelt heading words, for messages: "قطعنامه or قرار".</summary>
    public string HeadingWordList() => string.Join(" or ", HeadingWords.Where(w => w.MisspellingOf is null).Select(w => w.Word));

    /// <summary>Parses a run of digits; false when empty, mixed with other characters or too large.</summary>
    public bool TryParseNumber(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty || digits.Length > 9)
        {
            return false;
        }

        foreach (var c in digits)
        {
            var d = DigitValue(c);
            if (d < 0)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    /// <summary>Replaces the language's digits (and ASCII ones) by its own digits, for its interface.</summary>
    public string ToNativeDigits(string text) => MapDigits(text, NativeZero);

    public string ToNativeDigits(int number) => ToNativeDigits(number.ToString(CultureInfo.InvariantCulture));

    private string MapDigits(string text, char zero)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var d = DigitValue(chars[i]);
            if (d >= 0)
            {
                chars[i] = (char)(zero + d);
            }
        }

        return new string(chars);
    }
}
