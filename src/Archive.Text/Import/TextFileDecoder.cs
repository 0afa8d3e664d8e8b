using System.Globalization;
using System.Text;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Import;

/// <summary>
/// Decodes an input file: UTF-8 (with or without BOM), UTF-16 with a BOM, or the language's legacy code page
/// (<see cref="LanguageRules.LegacyCodePage"/>, for Persian Windows-1256: detected, decoded, and reported as a warning).
/// Rejects empty files, binary data and stray control characters, naming the line.
/// </summary>
public static class TextFileDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static TextFileDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string file, LanguageRules language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (bytes.IsEmpty)
        {
            return Fail(file, 0, "the file is empty");
        }

        string text;
        string encoding;
        var diagnostics = new List<ImportDiagnostic>();
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            try
            {
                (text, encoding) = (StrictUtf8.GetString(bytes[3..]), "utf-8 (BOM)");
            }
            catch (DecoderFallbackException)
            {
                var offset = FirstInvalidUtf8(bytes[3..]) + 3;
                return Fail(file, LineAt(bytes, offset), string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte offset {offset} after a UTF-8 byte order mark"));
            }
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var bigEndian = bytes[0] == 0xFE;
            var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
            try
            {
                text = utf16.GetString(bytes[2..]);
            }
            catch (DecoderFallbackException)
            {
                var (offset, line) = FirstInvalidUtf16(bytes, bigEndian);
                return Fail(file, line, string.Create(CultureInfo.InvariantCulture,
                    $"invalid UTF-16 at byte offset {offset} after a UTF-16 byte order mark"));
            }

            encoding = bigEndian ? "utf-16be" : "utf-16le";
        }
        else
        {
            var nul = bytes.IndexOf((byte)0);
            if (nul >= 0)
            {
                return Fail(file, LineAt(bytes, nul), string.Create(CultureInfo.InvariantCulture, $"binary data: NUL byte at offset {nul}; not a text file"));
            }

            try
            {
                (text, encoding) = (StrictUtf8.GetString(bytes), "utf-8");
            }
            catch (DecoderFallbackException)
            {
                var offset = FirstInvalidUtf8(bytes);
                if (language.LegacyCodePage is not { } codePage || !LooksLikeLegacyText(bytes, codePage, language, out text))
                {
                    var invalid = string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte offset {offset}");
                    return Fail(file, LineAt(bytes, offset), language.LegacyCodePage is { } cp
                        ? string.Create(CultureInfo.InvariantCulture, $"{invalid}, and the file is not Windows-{cp} text in '{language.Code}' either")
                        : invalid);
                }

                encoding = string.Create(CultureInfo.InvariantCulture, $"windows-{codePage}");
                diagnostics.Add(ImportDiagnostic.Warning(file, 0, string.Create(CultureInfo.InvariantCulture,
                    $"decoded as legacy Windows-{codePage} text ('{language.Code}'); consider saving it as UTF-8")));
            }
        }

        return Validate(text, encoding, file, diagnostics);
    }

    private static DecodedText Validate(string text, string encoding, string file, List<ImportDiagnostic> diagnostics)
    {
        var line = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
            }
            else if (char.IsControl(c) && c is not '\t' and not '\r')
            {
                return Fail(file, line, string.Create(CultureInfo.InvariantCulture, $"control character U+{(int)c:X4} in the text; not a plain text file"));
            }
            else if (c == '\uFFFD')
            {
                return Fail(file, line, "replacement character U+FFFD: the file was damaged by an earlier conversion");
            }
        }

        if (string.IsNullOrWhiteSpace(text.Replace("\uFEFF", string.Empty, StringComparison.Ordinal)))
        {
            return Fail(file, 0, "the file is empty (only white space)");
        }

        return new DecodedText(text, encoding, diagnostics);
    }

    /// <summary>A legacy code page maps almost every byte; accept it only when most letters it yields are the language's script's.</summary>
    private static bool LooksLikeLegacyText(ReadOnlySpan<byte> bytes, int codePage, LanguageRules language, out string text)
    {
        text = Encoding.GetEncoding(codePage).GetString(bytes);
        int letters = 0, script = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                script += language.IsLetter(c) ? 1 : 0;
            }
        }

        return letters > 0 && script * 10 >= letters * 7;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    /// <summary>The 1-based line of a byte offset, counting CR LF, LF and a lone CR as line ends, as the parser does.</summary>
    private static int LineAt(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < Math.Min(offset, bytes.Length); i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.Length || bytes[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>The byte offset and line of the first unpaired surrogate or odd trailing byte after a UTF-16 BOM.</summary>
    private static (int Offset, int Line) FirstInvalidUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var line = 1;
        for (var offset = 2; offset < bytes.Length; offset += 2)
        {
            if (offset + 1 == bytes.Length)
            {
                return (offset, line);
            }

            var c = Unit(bytes, offset, bigEndian);
            var next = offset + 3 < bytes.Length ? Unit(bytes, offset + 2, bigEndian) : '\0';
            if (char.IsLowSurrogate(c) || (char.IsHighSurrogate(c) && !char.IsLowSurrogate(next)))
            {
                return (offset, line);
            }

            offset += char.IsHighSurrogate(c) ? 2 : 0;
            line += c == '\n' || (c == '\r' && next != '\n') ? 1 : 0;
        }

        return (bytes.Length, line);
    }

    private static char Unit(ReadOnlySpan<byte> bytes, int offset, bool bigEndian) =>
        (char)(bigEndian ? (bytes[offset] << 8) | bytes[offset + 1] : bytes[offset] | (bytes[offset + 1] << 8));

    private static DecodedText Fail(string file, int line, string message) =>
        new(null, "unknown", [ImportDiagnostic.Error(file, line, message)]);
}
