namespace Archive.Core.Search.Expansion;

/// <summary>The Levenshtein distance between two words, cut short once it exceeds a bound.</summary>
public static class EditDistance
{
    /// <summary>The number of insertions, deletions and substitutions from <paramref name="a"/> to <paramref name="b"/>, or <paramref name="bound"/> + 1 when it is larger.</summary>
    public static int Levenshtein(string a, string b, int bound)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > bound)
            {
                return bound + 1;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], bound + 1);
    }
}
