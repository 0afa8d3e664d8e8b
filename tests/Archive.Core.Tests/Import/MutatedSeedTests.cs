using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Core.Import;
using CsCheck;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Import;

/// <summary>
/// The real seed damaged in a thousand ways: byte flips, truncations, lost or doubled lines, other encodings, NUL and
/// control bytes. Most go through the decoder and parser (pure and fast), a hundred through a full database import.
/// </summary>
public partial class MutatedSeedTests
{
    private const string Display = "seeds/wpi/resolutions.fa.txt";

    private static readonly byte[] Real = File.ReadAllBytes(RepositoryFiles.SeedPath);

    [Fact]
    public void NineHundredMutations_DecodeAndParseWithoutThrowing_AndEveryErrorNamesTheFileAndTheDamagedLine()
    {
        SeedMutation.Any.Sample(mutation =>
        {
            var bytes = mutation.Apply(Real);
            var decoded = TextFileDecoder.Decode(bytes, Display, PersianRules.Instance);
            var diagnostics = decoded.Diagnostics.ToList();
            if (decoded.Text is not null)
            {
                diagnostics.AddRange(SeedParser.Parse(decoded.Text, Display, PersianRules.Instance).Diagnostics);
            }

            Assert.All(diagnostics, d => Assert.Equal(Display, d.File));
            Assert.All(diagnostics.Where(d => d.IsError), e => CheckSeedError(e, bytes));
        }, iter: 900);
    }

    [Fact]
    public async Task HundredMutations_ThroughTheImporter_SucceedOrFailWithFileAndLineAndLeaveTheDatabaseAsItWas()
    {
        var (succeeded, failed) = await ImportMutationsAsync(SeedMutation.Any, withContent: false, iter: 100);
        Assert.True(succeeded > 0 && failed > 0, $"{succeeded} succeeded, {failed} failed: the mutations should reach both outcomes");
    }

    /// <summary>
    /// With translations, a seed that still parses but lost or gained lines fails only after its clauses are written
    /// (the translations no longer fit them): the rollback must leave everything, translations included, as it was.
    /// </summary>
    [Fact]
    public async Task TenLineEdits_WithTranslations_FailAfterWritingAndRollBackEverything()
    {
        var lineEdits = Gen.Select(Gen.OneOf(SeedMutation.Kind.DeleteLines, SeedMutation.Kind.DoubleLines), Gen.Int, (k, s) => new SeedMutation(k, s));
        var (_, failed) = await ImportMutationsAsync(lineEdits, withContent: true, iter: 10);
        Assert.True(failed > 0, "no line edit broke the translations");
    }

    /// <summary>Imports each mutation over the real seed; a success is undone by importing the real seed again.</summary>
    private static async Task<(int Succeeded, int Failed)> ImportMutationsAsync(Gen<SeedMutation> mutations, bool withContent, int iter)
    {
        await using var archive = await TestArchive.CreateAsync(withContent);
        var path = archive.CopyRealSeed(Display["seeds/".Length..]);
        Assert.True((await archive.Importer.ImportAsync([path], CancellationToken.None)).Succeeded);
        int succeeded = 0, failed = 0;

        await mutations.SampleAsync(async mutation =>
        {
            var bytes = mutation.Apply(Real);
            await File.WriteAllBytesAsync(path, bytes);
            var before = await archive.SnapshotAsync();

            var report = await archive.Importer.ImportAsync([path], CancellationToken.None);

            if (report.Succeeded)
            {
                succeeded++;
                await File.WriteAllBytesAsync(path, Real);
                Assert.True((await archive.Importer.ImportAsync([path], CancellationToken.None)).Succeeded, "the real seed no longer imports");
                return;
            }

            failed++;
            foreach (var error in report.Diagnostics.Where(d => d.IsError))
            {
                if (error.File == Display)
                {
                    CheckSeedError(error, bytes);
                }
                else
                {
                    // A damaged seed that still parses can break the translations and topics that point into it.
                    // Checks of YAML entries (topics.yml) carry no line: the deserialised entries have none.
                    Assert.StartsWith("content", error.File, StringComparison.Ordinal);
                    Assert.True(error.Line > 0 || error.File.EndsWith(".yml", StringComparison.Ordinal) || error.Message.Contains("content has errors", StringComparison.Ordinal), error.ToString());
                }
            }

            Assert.Equal(before, await archive.SnapshotAsync());
        }, iter: iter, threads: 1);
        return (succeeded, failed);
    }

    /// <summary>
    /// An error about the whole file may name line 0; any other names a line of the file. When it gives a byte offset,
    /// or names a control character, the line it names must hold that byte, counting lines as an editor does (CR, LF, CR LF).
    /// </summary>
    private static void CheckSeedError(ImportDiagnostic error, byte[] bytes)
    {
        var units = Units(bytes);
        var lines = LineStarts(units);
        if (error.Line == 0)
        {
            Assert.Matches(WholeFileError(), error.Message);
            return;
        }

        Assert.InRange(error.Line, 1, lines.Count);
        if (Offset().Match(error.Message) is { Success: true } offset)
        {
            var at = int.Parse(offset.Groups[1].Value, CultureInfo.InvariantCulture);
            var unit = IsUtf16(bytes) ? (at - 2) / 2 : at;
            Assert.True(LineOf(lines, unit) == error.Line, $"{error}: byte {at} is on line {LineOf(lines, unit)}");
        }
        else if (error.Message.StartsWith("control character U+", StringComparison.Ordinal) && !IsUtf16(bytes))
        {
            var line = Line(bytes, lines, error.Line);
            var c = (char)int.Parse(error.Message.AsSpan("control character U+".Length, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            Assert.True(line.Contains(c), $"{error}: the line does not hold U+{(int)c:X4}");
        }
    }

    private static bool IsUtf16(byte[] bytes) => bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];

    /// <summary>The code units lines are counted in: the bytes, or the 16-bit units after a UTF-16 byte order mark.</summary>
    private static int[] Units(byte[] bytes) => !IsUtf16(bytes)
        ? [.. bytes.Select(b => (int)b)]
        : [.. Enumerable.Range(0, (bytes.Length - 2) / 2).Select(i => bytes[0] == 0xFE
            ? (bytes[2 + (2 * i)] << 8) | bytes[3 + (2 * i)]
            : bytes[2 + (2 * i)] | (bytes[3 + (2 * i)] << 8))];

    /// <summary>The offset where each line starts; a line ends at CR LF, LF or a lone CR.</summary>
    private static List<int> LineStarts(int[] units)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < units.Length; i++)
        {
            if (units[i] == '\r' && i + 1 < units.Length && units[i + 1] == '\n')
            {
                i++;
            }

            if (units[i] is '\n' or '\r')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int LineOf(List<int> starts, int offset)
    {
        var index = starts.BinarySearch(offset);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>A line's text, read as Windows-1256 when it is not UTF-8 (the decoder's fallback).</summary>
    private static string Line(byte[] bytes, List<int> starts, int line)
    {
        var from = starts[line - 1];
        var to = line < starts.Count ? starts[line] : bytes.Length;
        var slice = bytes[from..to];
        try
        {
            return new System.Text.UTF8Encoding(false, true).GetString(slice);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return CodePages.Windows1256.GetString(slice);
        }
    }

    [GeneratedRegex("^(the file is empty|no resolution heading found)")]
    private static partial Regex WholeFileError();

    [GeneratedRegex(@"at (?:byte )?offset (\d+)")]
    private static partial Regex Offset();
}
