namespace Archive.Core.Revisions;

/// <summary>The longest run of a sequence of previous positions that kept their order (patience sorting): the clauses that did not move.</summary>
internal static class OrderedRun
{
    public static HashSet<int> Longest(int[] sequence)
    {
        var tails = new List<int>();
        var parent = new int[sequence.Length];
        var tailIndex = new List<int>();
        for (var k = 0; k < sequence.Length; k++)
        {
            var lo = 0;
            var hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (tails[mid] < sequence[k])
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            parent[k] = lo > 0 ? tailIndex[lo - 1] : -1;
            if (lo == tails.Count)
            {
                tails.Add(sequence[k]);
                tailIndex.Add(k);
            }
            else
            {
                tails[lo] = sequence[k];
                tailIndex[lo] = k;
            }
        }

        var run = new HashSet<int>();
        for (var k = tailIndex.Count > 0 ? tailIndex[^1] : -1; k >= 0; k = parent[k])
        {
            run.Add(sequence[k]);
        }

        return run;
    }
}
