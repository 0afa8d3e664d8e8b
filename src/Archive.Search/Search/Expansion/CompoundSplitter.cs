namespace Archive.Core.Search.Expansion;

/// <summary>
/// Splits a joined compound into the fewest words the index knows (Lehrerstreik → lehrer streik, shantytowns → shanty
/// towns), each part at least <see cref="MinPart"/> letters, with a German linking element (‑s‑, ‑es‑, ‑n‑, ‑en‑, ‑e‑)
/// allowed between parts when asked.
/// </summary>
public static class CompoundSplitter
{
    public const int MinPart = 3;

    private const int MaxParts = 4;

    private static readonly string[] LinkingElements = ["s", "es", "n", "en", "e"];

    /// <summary>The parts of <paramref name="word"/>, or an empty list when it cannot be split into two or more known words.</summary>
    public static IReadOnlyList<string> Split(string word, Func<string, bool> known, bool linkingElements)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(known);
        var lower = word.ToLowerInvariant();
        if (lower.Length < 2 * MinPart || !lower.All(char.IsLetter))
        {
            return [];
        }

        // best[i]: the fewest parts covering lower[..i], and the parts.
        var best = new List<string>?[lower.Length + 1];
        best[0] = [];
        for (var end = MinPart; end <= lower.Length; end++)
        {
            for (var start = 0; start <= end - MinPart; start++)
            {
                foreach (var link in start == 0 || !linkingElements ? [string.Empty] : LinkingElements.Prepend(string.Empty))
                {
                    var partStart = start + link.Length;
                    if (best[start] is not { } before || before.Count >= MaxParts || end - partStart < MinPart
                        || (link.Length > 0 && !lower.AsSpan(start).StartsWith(link, StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    var part = lower[partStart..end];
                    if ((best[end] is null || best[end]!.Count > before.Count + 1) && known(part))
                    {
                        best[end] = [.. before, part];
                    }
                }
            }
        }

        return best[lower.Length] is { Count: >= 2 } parts ? parts : [];
    }
}
