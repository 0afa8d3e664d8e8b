using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Archive.Core.Import;

/// <summary>
/// Reads a UTF-8 text file line by line without holding it: lines as <see cref="SeedParser.SplitLines"/> gives them
/// from the whole text (CR LF, LF or CR; empty lines kept; no line after a final line end), a UTF-8 byte order mark
/// skipped. It accepts only what <see cref="TextFileDecoder"/> would decode as UTF-8 to the same text: anything else
/// (invalid UTF-8, a NUL or another control character, U+FFFD, a file of white space only) throws
/// <see cref="InvalidDataException"/>, and the caller then decodes the whole file with <see cref="TextFileDecoder"/>,
/// which says what is wrong (or decodes a legacy code page).
/// </summary>
public static class Utf8FileLines
{
    private const int BufferBytes = 1 << 16;

    private static readonly SearchValues<char> Special = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c), '\uFFFD']);

    /// <summary>Whether a file starting with these bytes may be read here: not with a UTF-16 byte order mark.</summary>
    public static bool Reads(ReadOnlySpan<byte> start) =>
        !start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) && !start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>How <see cref="TextFileDecoder"/> names the encoding of a UTF-8 file starting with these bytes.</summary>
    public static string EncodingOf(ReadOnlySpan<byte> start) =>
        start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? "utf-8 (BOM)" : "utf-8";

    /// <summary>The lines of <paramref name="stream"/>, read as they are enumerated; every byte read is added to <paramref name="hash"/> when given.</summary>
    public static IEnumerable<string> Read(Stream stream, IncrementalHash? hash = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Lines(stream, hash);
    }

    private static IEnumerable<string> Lines(Stream stream, IncrementalHash? hash)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[BufferBytes];
        var chars = new char[BufferBytes + 4];
        var line = new StringBuilder();
        var (first, afterCr, text) = (true, false, false);
        while (true)
        {
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            hash?.AppendData(bytes, 0, read);
            var skip = first && bytes.AsSpan(0, read).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            first = false;
            int count;
            try
            {
                count = decoder.GetChars(bytes, skip, read - skip, chars, 0, flush: read == 0);
            }
            catch (DecoderFallbackException ex)
            {
                throw new InvalidDataException("invalid UTF-8", ex);
            }

            var position = 0;
            while (position < count)
            {
                if (afterCr && chars[position] == '\n')
                {
                    position++;
                    afterCr = false;
                    continue;
                }

                afterCr = false;
                var end = LineEnd(chars.AsSpan(position, count - position));
                var piece = chars.AsSpan(position, end < 0 ? count - position : end);
                text = text || HasText(piece);
                line.Append(piece);
                if (end < 0)
                {
                    break;
                }

                yield return line.ToString();
                line.Clear();
                afterCr = chars[position + end] == '\r';
                position += end + 1;
            }

            if (read == 0)
            {
                break;
            }
        }

        if (!text)
        {
            throw new InvalidDataException("no text, only white space");
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    /// <summary>Where the first line end (CR or LF) of <paramref name="chars"/> is, -1 when none; throws at a character the text may not hold.</summary>
    private static int LineEnd(ReadOnlySpan<char> chars)
    {
        var at = chars.IndexOfAny(Special);
        while (at >= 0 && chars[at] == '\t')
        {
            var next = chars[(at + 1)..].IndexOfAny(Special);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return at < 0 || chars[at] is '\n' or '\r' ? at : throw new InvalidDataException("a control character or U+FFFD in the text");
    }

    private static bool HasText(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return true;
            }
        }

        return false;
    }
}
