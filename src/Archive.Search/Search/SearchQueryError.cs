namespace Archive.Core.Search;

/// <summary>
/// Why a search cannot be run: a stable code for clients (in the API's problem answers as kebab-case) and for the web
/// pages, which show the message for it in the reader's interface language with <see cref="SearchQueryException.Arguments"/>.
/// </summary>
public enum SearchQueryError
{
    /// <summary>No code given (an old caller); the message is all there is.</summary>
    Unspecified,

    /// <summary>The query is empty.</summary>
    Empty,

    /// <summary>The query is longer than the limit. Arguments: length, limit.</summary>
    TooLong,

    /// <summary>The query holds a control character. Arguments: the code point as U+XXXX.</summary>
    ControlCharacter,

    /// <summary>OR does not stand between two words.</summary>
    MisplacedOr,

    /// <summary>OR is followed by an excluded word.</summary>
    OrBeforeExcluded,

    /// <summary>Too many parts. Arguments: count, limit.</summary>
    TooManyParts,

    /// <summary>Every word is excluded.</summary>
    OnlyExcluded,

    /// <summary>A '*' inside a word. Arguments: the word.</summary>
    StarInsideWord,

    /// <summary>A prefix too short before '*'. Arguments: the minimum letters.</summary>
    PrefixTooShort,

    /// <summary>A phrase without its closing quotation mark.</summary>
    UnclosedPhrase,

    /// <summary>Punctuation or very common words alone.</summary>
    NoSearchableWord,

    /// <summary>limit outside its range. Arguments: the largest limit.</summary>
    LimitOutOfRange,

    /// <summary>offset outside its range. Arguments: the largest offset.</summary>
    OffsetOutOfRange,

    /// <summary>A language with no text. Arguments: the language asked for, the known languages joined with ", ".</summary>
    UnknownLanguage,

    /// <summary>A topic that does not exist. Arguments: the topic asked for, the known topics joined with ", ".</summary>
    UnknownTopic,
}
