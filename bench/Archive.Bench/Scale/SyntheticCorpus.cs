using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Core.Search;

namespace Archive.Bench.Scale;

/// <summary>
/// A synthetic archive made of the seed's sentences: each clause joins one to four sentences drawn with a Random seeded
/// per block of <see cref="BlockSize"/> clauses, so clause i is the same whichever thread builds it. Every
/// <see cref="ClausesPerResolution"/> clauses make one resolution.
/// </summary>
internal sealed partial class SyntheticCorpus
{
    public const int BlockSize = 1000;

    public const int ClausesPerResolution = 25;

    private readonly string[] sentences;
    private readonly int seed;

    public SyntheticCorpus(IEnumerable<string> texts, int seed = 12)
    {
        sentences = [.. texts.SelectMany(t => SentenceEnd().Split(t))
            .Select(s => s.Trim())
            .Where(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)];
        this.seed = seed;
    }

    public IReadOnlyList<string> Sentences => sentences;

    public static int Blocks(int clauses) => (clauses + BlockSize - 1) / BlockSize;

    /// <summary>The clauses of block <paramref name="block"/> (at most <paramref name="total"/> clauses in all).</summary>
    public IEnumerable<IndexedText> Block(int block, int total)
    {
        var random = new Random(unchecked((seed * 1_000_003) + block));
        var text = new StringBuilder();
        var end = Math.Min(total, (block + 1) * BlockSize);
        for (var i = block * BlockSize; i < end; i++)
        {
            text.Clear();
            var count = random.Next(1, 5);
            for (var s = 0; s < count; s++)
            {
                text.Append(s == 0 ? string.Empty : " ").Append(sentences[random.Next(sentences.Length)]);
            }

            yield return new IndexedText(
                (i / ClausesPerResolution) + 1,
                "p" + ((i % ClausesPerResolution) + 1).ToString(CultureInfo.InvariantCulture),
                "paragraph",
                string.Empty,
                [],
                new Dictionary<string, string>(StringComparer.Ordinal) { ["fa"] = text.ToString() },
                "fa")
            {
                ClauseCount = Math.Min(ClausesPerResolution, total - (i / ClausesPerResolution * ClausesPerResolution)),
            };
        }
    }

    /// <summary>After a full stop, question mark, exclamation mark, semicolon or colon, or at a line break.</summary>
    [GeneratedRegex(@"(?<=[.!?؟؛:])\s+|\n+")]
    private static partial Regex SentenceEnd();
}
