using System.Text;
using CsCheck;

namespace Archive.Core.Tests.Import;

/// <summary>One way of damaging a seed file's bytes, with the random choices it makes fixed by <see cref="Seed"/>.</summary>
internal sealed record SeedMutation(SeedMutation.Kind What, int Seed, SeedMutation? Then = null)
{
    public enum Kind
    {
        FlipBits,
        Truncate,
        DeleteLines,
        DoubleLines,
        Utf16WithoutBom,
        Utf16WithBom,
        Windows1256WhereEncodable,
        Windows1256Legacy,
        Latin1Text,
        Latin1BytesInserted,
        NulBytesInserted,
        ControlBytesInserted,
        CarriageReturnsOnly,
        BomInserted,
    }

    private static readonly Encoding StrictWindows1256 = Encoding.GetEncoding(
        CodePages.Windows1256.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    private static readonly Gen<SeedMutation> Single = Gen.Select(Gen.Enum<Kind>(), Gen.Int, (k, s) => new SeedMutation(k, s));

    /// <summary>One mutation, or (one time in four) two applied in turn.</summary>
    public static Gen<SeedMutation> Any { get; } = Gen.Frequency(
        (3, Single),
        (1, Gen.Select(Single, Single, (a, b) => a with { Then = b })));

    public byte[] Apply(byte[] bytes)
    {
        var random = new Random(Seed);
        var result = What switch
        {
            Kind.FlipBits => FlipBits(bytes, random),
            Kind.Truncate => bytes[..random.Next(bytes.Length + 1)],
            Kind.DeleteLines => EditLines(bytes, random, (lines, i) => lines.RemoveAt(i)),
            Kind.DoubleLines => EditLines(bytes, random, (lines, i) => lines.Insert(i, lines[i])),
            Kind.Utf16WithoutBom => Recode(bytes, random.Next(2) == 0 ? Encoding.Unicode : Encoding.BigEndianUnicode, bom: false),
            Kind.Utf16WithBom => Recode(bytes, random.Next(2) == 0 ? Encoding.Unicode : Encoding.BigEndianUnicode, bom: true),
            Kind.Windows1256WhereEncodable => Windows1256Lines(bytes),
            Kind.Windows1256Legacy => CodePages.Windows1256.GetBytes(AsLegacyText(Text(bytes))),
            Kind.Latin1Text => Encoding.Latin1.GetBytes(Text(bytes)),
            Kind.Latin1BytesInserted => Insert(bytes, random, Encoding.Latin1.GetBytes(" café Grüße naïve "), 1 + random.Next(3)),
            Kind.NulBytesInserted => Insert(bytes, random, [0], 1 + random.Next(4)),
            Kind.ControlBytesInserted => Insert(bytes, random, [(byte)random.Next(1, 32)], 1 + random.Next(3)),
            Kind.CarriageReturnsOnly => [.. bytes.Select(b => b == (byte)'\n' ? (byte)'\r' : b)],
            Kind.BomInserted => Insert(bytes, random, [0xEF, 0xBB, 0xBF], 1 + random.Next(3)),
            _ => throw new InvalidOperationException($"unknown mutation {What}"),
        };
        return Then is null ? result : Then.Apply(result);
    }

    public override string ToString() => Then is null ? $"{What}({Seed})" : $"{What}({Seed}) then {Then}";

    private static byte[] FlipBits(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        for (var n = 1 + random.Next(8); n > 0 && copy.Length > 0; n--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    /// <summary>Edits 1–3 lines, split on LF at the byte level so bytes that are not UTF-8 survive untouched.</summary>
    private static byte[] EditLines(byte[] bytes, Random random, Action<List<byte[]>, int> edit)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 1;
            }
        }

        for (var n = 1 + random.Next(3); n > 0 && lines.Count > 0; n--)
        {
            edit(lines, random.Next(lines.Count));
        }

        return [.. lines.SelectMany((l, i) => i == 0 ? l : [(byte)'\n', .. l])];
    }

    private static byte[] Insert(byte[] bytes, Random random, byte[] insert, int times)
    {
        var result = bytes.ToList();
        for (var n = 0; n < times; n++)
        {
            result.InsertRange(random.Next(result.Count + 1), insert);
        }

        return [.. result];
    }

    /// <summary>The text as UTF-8 reads it, damage included (invalid bytes become U+FFFD).</summary>
    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static byte[] Recode(byte[] bytes, Encoding encoding, bool bom) =>
        [.. bom ? encoding.GetPreamble() : [], .. encoding.GetBytes(Text(bytes))];

    /// <summary>Lines that Windows-1256 can hold are written in it, the others stay UTF-8: a half-converted file.</summary>
    private static byte[] Windows1256Lines(byte[] bytes)
    {
        return [.. Text(bytes).Split('\n').SelectMany((line, i) =>
        {
            byte[] encoded;
            try
            {
                encoded = StrictWindows1256.GetBytes(line);
            }
            catch (EncoderFallbackException)
            {
                encoded = Encoding.UTF8.GetBytes(line);
            }

            return i == 0 ? encoded : [(byte)'\n', .. encoded];
        })];
    }

    /// <summary>What an old Windows editor would have saved: Arabic yeh for Persian yeh, ASCII digits.</summary>
    private static string AsLegacyText(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\u06CC' => '\u064A',
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                _ => c,
            });
        }

        return sb.ToString();
    }
}
