using System.Collections.Frozen;

namespace Archive.Core.Texts.Languages;

/// <summary>
/// The rules of Persian, in one place: the search folding (with ZWNJ, the half-space, as the compound separator),
/// Persian and Arabic-Indic digits, the heading words and abjad item letters the seed prints, the detached affixes,
/// stem rules, protected words and ezafe the search analyzer and query builder use, and the interface's marks.
/// Which words are listed was decided from the seed text; see docs/analysis.md.
/// </summary>
public sealed class PersianRules : LanguageRules
{
    /// <summary>Zero-width non-joiner, the Persian half-space.</summary>
    public const char Zwnj = '\u200C';

    /// <summary>Words shorter than this (جا, پا, رو, تو) take no ezafe ی: their ی forms are other words.</summary>
    private const int EzafeMinLength = 3;

    private static readonly StemRule[] Stems =
    [
        new("هایشان", "", 2), // خانوادههایشان → خانواده
        new("هایمان", "", 2),
        new("هایتان", "", 2),
        new("هایی", "", 2),  // نمونههایی → نمونه
        new("های", "", 2),   // خانوادههای → خانواده
        new("ها", "", 2),    // انسانها → انسان
        new("ترین", "", 2),  // بیشترین → بیش
        new("تر", "", 2),    // رادیکالتر → رادیکال
        new("ایان", "ا", 2), // کارفرمایان → کارفرما
        new("ویان", "و", 2), // پناهجویان → پناهجو
        new("گان", "ه", 2),  // نمایندگان → نماینده
        new("ان", "", 2),    // زنان → زن, کارگران → کارگر
        new("ین", "", 4),    // فعالین → فعال; keeps زمین, تامین, چنین
        new("ات", "", 3),    // اعتراضات → اعتراض; keeps حیات, نجات
    ];

    /// <summary>
    /// The seed's most frequent words: each is in at least one line of the seed in eight, counted after analysis (so
    /// as the index holds them: آن folded to ان, اعتراضات stemmed to اعتراض). The function words, and the subjects the
    /// resolutions keep naming (جمهوری اسلامی, حزب کمونیست کارگری, جنبش): a phrase of them would intersect position lists
    /// of most texts. In the seed's order of frequency.
    /// </summary>
    private static readonly string[] CommonWordList =
    [
        "در", "و", "از", "به", "را", "که", "است", "این", "با", "اسلامی", "حزب", "قرار", "جمهوری", "کارگری", "برای",
        "جنبش", "آن", "ایران", "علیه", "حمایت", "مردم", "کمونیست", "حکومت", "ای", "یک", "میکند", "بر", "همه", "خود",
        "اعتراض", "کنگره", "سیاسی", "جامعه", "اعلام", "شده", "کردن", "هستند", "بی", "سطح", "فعال", "هر", "مبارزه",
    ];

    /// <summary>The one shared instance, for code the dependency container does not build (static parsers, tests).</summary>
    public static PersianRules Instance { get; } = new();

    public PersianRules()
        : base("fa")
    {
        SearchFolding = PersianFolding.Build();
        ProtectedWords = PersianProtectedWords.Words
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(Fold)
            .ToFrozenSet(StringComparer.Ordinal);
        CommonWords = CommonWordList.Select(Fold).ToFrozenSet(StringComparer.Ordinal);
    }

    public override string Direction => "rtl";

    public override bool HasSearchChain => true;

    public override FrozenDictionary<char, string> SearchFolding { get; }

    public override IReadOnlyList<char> CompoundSeparators => [Zwnj];

    public override char NativeZero => '\u06F0';

    /// <summary>Windows-1256 (Arabic), in which older Persian files were saved.</summary>
    public override int? LegacyCodePage => 1256;

    /// <summary>In abjad order (الف ب ج د ه و ز ح ط ی ک …), folded; the n-th letter is the n-th item.</summary>
    public override IReadOnlyList<string> ItemLetters { get; } =
    [
        "الف", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ی", "ک", "ل", "م", "ن",
        "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ",
    ];

    public override IReadOnlyList<HeadingWord> HeadingWords { get; } =
    [
        new("قطعنامه", ResolutionKind.Qatnameh),
        new("قرار", ResolutionKind.Qarar),
        new("فرار", ResolutionKind.Qarar, MisspellingOf: "قرار"),
    ];

    public override FrozenSet<string> HeadingSubjectOpeners { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "در", "درباره", "دربارهی", "علیه", "پیشنهادی", "برای", "راجع", "پیرامون", "درمورد", "بر");

    /// <summary>Verb prefixes: every standalone می and نمی in the seed is one.</summary>
    public override FrozenSet<string> DetachedPrefixes { get; } = FrozenSet.Create(StringComparer.Ordinal, "می", "نمی");

    /// <summary>
    /// Suffixes that never stand alone as words in the seed (هایشان once, ی once: "ها ی"), with the other
    /// persons of هایشان. Not here: ای (indefinite or adjectival ending, also inside names: خامنه ای),
    /// ان (after folding, the pronoun آن), ات, اش, اند (pronoun and verb endings).
    /// </summary>
    public override FrozenSet<string> DetachedSuffixes { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "ها", "های", "هایی", "هایشان", "هایمان", "هایتان", "ی", "تر", "ترین");

    /// <summary>Plural and comparative suffixes; unlike Lucene's PersianStemmer, ی and یی endings stay.</summary>
    public override IReadOnlyList<StemRule> StemRules => Stems;

    public override FrozenSet<string> ProtectedWords { get; }

    public override FrozenSet<string> CommonWords { get; }

    /// <summary>پ, not ¶: the pilcrow reads like a digit in right-to-left text.</summary>
    public override string ParagraphMark => "پ";

    public override string ListSeparator => "، ";

    /// <summary>A letter of the Arabic block (U+0600–U+06FF), which after folding means a Persian letter.</summary>
    public override bool IsLetter(char c) => c is >= '\u0600' and <= '\u06FF' && char.IsLetter(c);

    /// <summary>ASCII, Arabic-Indic and Persian digits.</summary>
    public override int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };

    /// <summary>
    /// After a word ending in a vowel letter (ا or و), the ezafe is written as an attached ی: انتاریوی کانادا,
    /// آمریکای جنوبی, دانشجوی. The analyzer keeps that ی (an ending ی is too often part of the word), so a query
    /// word ending in ا or و also looks for its ezafe form.
    /// </summary>
    public override string? EzafeForm(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return term.Length >= EzafeMinLength && IsWord(term) && term[^1] is 'ا' or 'و' ? term + "ی" : null;
    }
}
