using System.Security.Cryptography;
using System.Text;
using Archive.Core.Import;

namespace Archive.Core.Tests.Import;

/// <summary>
/// A UTF-8 seed read line by line gives the lines <see cref="SeedParser.SplitLines"/> gives from the whole decoded text,
/// whatever falls on the boundary of a 64 KiB read, and refuses whatever <see cref="TextFileDecoder"/> would not decode
/// as UTF-8 to the same text, so that the whole file is then decoded and the error named as before.
/// </summary>
public sealed class Utf8FileLinesTests
{
    [Fact]
    public void TheRealSeed_ReadFromItsBytes_GivesTheLinesOfItsWholeText_AndItsHash()
    {
        var bytes = File.ReadAllBytes(RepositoryFiles.SeedPath);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        var lines = Utf8FileLines.Read(new MemoryStream(bytes), hash).ToList();

        Assert.Equal(SeedParser.SplitLines(TextFileDecoder.Decode(bytes, "seed", Core.Texts.Languages.PersianRules.Instance).Text!), lines);
        Assert.Equal(SHA256.HashData(bytes), hash.GetHashAndReset());
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void LineEndsAndFourByteCharactersAcrossTheReadBoundary_SplitAsInTheWholeText(string end)
    {
        var head = "قرار در مورد یک" + end;
        var before = Encoding.UTF8.GetPreamble().Length + Encoding.UTF8.GetByteCount(head);
        foreach (var shift in Enumerable.Range(-4, 8))
        {
            // the line end, then the 4-byte character, on the first read's last bytes
            foreach (var line in new[] { new string('a', 65536 - before + shift), new string('a', 65536 - before + shift) + "😀" })
            {
                var text = head + line + end + end + "١- متن 😀 پایان" + end + "آخر";
                var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

                Assert.Equal(SeedParser.SplitLines(text), Utf8FileLines.Read(new MemoryStream(bytes)));
            }
        }
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0x20, 0x0A, 0xEF, 0xBB, 0xBF, 0x09, 0x0D })]
    [InlineData(new byte[] { 0x61, 0x00, 0x62 })]
    [InlineData(new byte[] { 0x61, 0x0A, 0x1B, 0x62 })]
    [InlineData(new byte[] { 0x61, 0xC2, 0x85 })]
    [InlineData(new byte[] { 0x61, 0xEF, 0xBF, 0xBD })]
    [InlineData(new byte[] { 0x61, 0xC7, 0x0A })]
    [InlineData(new byte[] { 0x61, 0x62, 0xD8 })]
    public void AFileTheWholeDecoderWouldRefuseOrNotReadAsUtf8_IsRefused(byte[] bytes)
    {
        Assert.Throws<InvalidDataException>(() => Utf8FileLines.Read(new MemoryStream(bytes)).ToList());
        Assert.Null(TextFileDecoder.Decode(bytes, "t.txt", new Core.Texts.Languages.NeutralRules("en")).Text);
    }

    [Fact]
    public void AFileWithAUtf16ByteOrderMark_IsLeftToTheWholeDecoder()
    {
        Assert.False(Utf8FileLines.Reads([0xFF, 0xFE, 0x61]));
        Assert.False(Utf8FileLines.Reads([0xFE, 0xFF, 0x00]));
        Assert.True(Utf8FileLines.Reads([0xEF, 0xBB, 0xBF]));
        Assert.Equal("utf-8 (BOM)", Utf8FileLines.EncodingOf([0xEF, 0xBB, 0xBF, 0x61]));
        Assert.Equal("utf-8", Utf8FileLines.EncodingOf([0x61]));
    }
}
