namespace Archive.Core.Revisions;

/// <summary>
/// A word-level diff of two texts (the longest common run of words, white space as the separator): the pieces in
/// order, each kept, removed (only in the old text) or inserted (only in the new). Pure; for the history page.
/// </summary>
public static class WordDiff
{
    public static IReadOnlyList<DiffPiece> Between(string? before, string? after)
    {
        var a = Words(before);
        var b = Words(after);
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var pieces = new List<DiffPiece>();
        var (x, y) = (0, 0);
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                Add(pieces, a[x], 0);
                (x, y) = (x + 1, y + 1);
            }
            else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y]))
            {
                Add(pieces, b[y++], 1);
            }
            else
            {
                Add(pieces, a[x++], -1);
            }
        }

        return pieces;
    }

    private static string[] Words(string? text) => text?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [];

    private static void Add(List<DiffPiece> pieces, string word, int kind)
    {
        if (pieces.Count > 0 && pieces[^1].Kind == kind)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + " " + word };
        }
        else
        {
            pieces.Add(new DiffPiece(word, kind));
        }
    }
}
