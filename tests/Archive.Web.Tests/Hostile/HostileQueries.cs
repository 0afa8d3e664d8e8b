using System.Text;
using Archive.Core.Search;
using CsCheck;

namespace Archive.Web.Tests.Hostile;

/// <summary>
/// Generators of hostile search input: real words mixed with Lucene syntax, RTL and other invisible marks, ZWNJ,
/// Persian and Arabic letters, quotes, OR in odd places, control characters, lone surrogates and very long text.
/// </summary>
internal static class HostileQueries
{
    private static readonly string[] Words =
    [
        "اعدام", "كارتون", "خواب‌ها", "کارگران", "خانواده", "ها", "می", "کنند", "خصوصی", "سازی", "خامنه‌ای", "هفت", "تپه",
        "execution", "Haft", "Tappeh", "workers", "Arbeiter", "OR", "or", "AND", "NOT", "ای", "و", "٣١", "۱۲", "PS752",
    ];

    private static readonly string[] Syntax =
    [
        "+", "-", "&&", "||", "!", "(", ")", "{", "}", "[", "]", "^", "\"", "~", "*", "?", ":", "\\", "/", "“", "”",
        " OR ", "OR ", " OR", "-\"", "*\"", "\\\"", "~2", "^3", "text_fa:", "type:clause", "[a TO z]", "{* TO *}", "--", "- ", "**",
        "ab*", "اع*", "ـــ*", "a*b", "\"\"", "\" \"", "-OR", "OR-", "(OR)", "%00", "%", "&#x202E;", "<mark>", "</mark>", "<script>",
    ];

    private static readonly char[] Marks =
    [
        '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
        '\u200C', '\u200D', '\uFEFF', '\u00AD', '\u00A0', '\u0640', '\u064B', '\u0670', '\u2028', '\u2029', '\u3000',
    ];

    private static readonly Gen<string> Chars = Gen.Frequency(
        (3, Gen.Char['\u0600', '\u06FF']),
        (3, Gen.OneOf(Marks)),
        (1, Gen.Char['\uFB50', '\uFEFC']),
        (1, Gen.Char['\u0000', '\u001F']),
        (1, Gen.Char['\u007F', '\u009F']),
        (1, Gen.Char['\uD800', '\uDFFF']),
        (2, Gen.Char['\u0000', '\uFFFF']),
        (2, Gen.Char[' ', '~']))
        .Array[1, 6].Select(c => new string(c));

    /// <summary>Words, Persian letters and invisible marks: text a person could paste into the search box.</summary>
    private static readonly Gen<string> Plausible = Gen.Frequency(
        (8, Gen.OneOf(Words)),
        (2, Gen.Char['\u0621', '\u064A'].Array[1, 6].Select(c => new string(c))),
        (2, Gen.OneOf(Marks).Select(c => c.ToString())),
        (6, Gen.OneOf(" ", " ", "  ", "\t", "\u00A0")));

    private static readonly Gen<string> Fragment = Gen.Frequency(
        (6, Plausible),
        (3, Gen.OneOf(Syntax)),
        (2, Chars),
        (1, Gen.OneOf("\n", "\r\n", string.Empty)));

    /// <summary>
    /// Half are mostly plausible text with a little syntax, the rest anything: fragments of every kind, and now and then
    /// a mix repeated up to 20,000 characters.
    /// </summary>
    public static Gen<string> Query { get; } = Gen.Frequency(
        (6, Gen.Select(Plausible.Array[1, 10], Gen.OneOf(Syntax).Array[0, 2], Gen.Int, Mix)),
        (6, Fragment.Array[0, 14].Select(f => string.Concat(f))),
        (1, Gen.Select(Fragment.Array[1, 4], Gen.Int[450, 20_000], Repeat)),
        (1, Gen.Select(Fragment.Array[1, 4], Gen.Int[1, 520], Repeat)));

    /// <summary>
    /// A query with mostly ordinary and sometimes hostile values for the other parameters of a search; three hits a page
    /// by default, as snippets (the costly part of an answer) are not what is under test.
    /// </summary>
    public static Gen<SearchRequest> Request { get; } = Gen.Select(
        Query,
        Gen.Frequency((12, Gen.Const((string?)null)), (1, Gen.OneOf<string?>("all", "fa", "en", "de", "xx", string.Empty, "fa\u200F", "../", "FA"))),
        Gen.Frequency((12, Gen.Const((string?)null)), (1, Gen.OneOf<string?>("labour", string.Empty, "\"'<>", "no-such-topic"))),
        Gen.Frequency((12, Gen.Const((int?)null)), (1, Gen.OneOf<int?>(1, 28, 0, -1, int.MaxValue, int.MinValue))),
        Gen.Frequency((12, Gen.Const(3)), (1, Gen.OneOf(1, 10, 100, 0, -1, 101, int.MaxValue))),
        Gen.Frequency((12, Gen.Const(0)), (1, Gen.OneOf(5, 10_000, 10_001, -1, int.MaxValue))),
        (q, lang, topic, resolution, limit, offset) => new SearchRequest(q, lang, topic, resolution, limit, offset, lang));

    /// <summary>
    /// Percent-encodes every UTF-16 code unit for a URL. A lone surrogate is sent as the three bytes a careless encoder
    /// writes for it (CESU/WTF-8), which are not valid UTF-8, so the server also gets broken bytes.
    /// </summary>
    public static string UrlEncode(string text)
    {
        var sb = new StringBuilder(text.Length * 3);
        Span<byte> buffer = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            int written;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                written = new Rune(text[i], text[i + 1]).EncodeToUtf8(buffer);
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                int c = text[i];
                (buffer[0], buffer[1], buffer[2], written) = ((byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F)), 3);
            }
            else
            {
                written = new Rune(text[i]).EncodeToUtf8(buffer);
            }

            foreach (var b in buffer[..written])
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <summary>Plausible words with a few syntax fragments dropped in at positions picked by <paramref name="seed"/>.</summary>
    private static string Mix(string[] words, string[] syntax, int seed)
    {
        var parts = words.ToList();
        var random = new Random(seed);
        foreach (var s in syntax)
        {
            parts.Insert(random.Next(parts.Count + 1), s);
        }

        return string.Join(' ', parts);
    }

    private static string Repeat(string[] fragments, int length)
    {
        var unit = string.Concat(fragments);
        if (unit.Length == 0)
        {
            unit = "ا";
        }

        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length < length)
        {
            sb.Append(unit);
        }

        return sb.ToString(0, length);
    }
}
