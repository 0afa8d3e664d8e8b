using System.Globalization;
using Archive.Core.Import;
using Archive.Core.Texts;

namespace Archive.Core.Revisions;

/// <summary>
/// Matches the clauses of a new revision of a resolution to the previous ones by content, not by position, so that
/// a clause keeps its id wherever it moves and whatever its printed label becomes (docs/clause-ids.md):
/// <list type="number">
/// <item>the same text (first the same label, then the nearest position);</item>
/// <item>then, best pairs first, texts that share at least <see cref="Threshold"/> of their words — or
/// <see cref="SameLabelThreshold"/> when kind and printed label agree — the edited clauses;</item>
/// <item>every other new clause is added, with the position's id when it was never used in the resolution, else a
/// fresh one; every other previous clause is removed, and its id retired for good.</item>
/// </list>
/// A clause that kept its text is Moved when it left the longest run of clauses that kept their order. Pure.
/// </summary>
public static class ClauseMatcher
{
    public const double Threshold = 0.5;

    public const double SameLabelThreshold = 0.3;

    public static ClauseMatch Match(IReadOnlyList<PreviousClause> previous, IReadOnlyList<ParsedClause> current, IReadOnlySet<string> retired)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(retired);
        var pairOf = new int[current.Count];
        var similarity = new double[current.Count];
        Array.Fill(pairOf, -1);
        var taken = new bool[previous.Count];

        // 1. The same text.
        for (var i = 0; i < current.Count; i++)
        {
            var best = -1;
            for (var j = 0; j < previous.Count; j++)
            {
                if (!taken[j] && string.Equals(previous[j].Text, current[i].Text, StringComparison.Ordinal)
                    && (best < 0 || Closer(previous, current[i], i, j, best)))
                {
                    best = j;
                }
            }

            if (best >= 0)
            {
                (pairOf[i], similarity[i], taken[best]) = (best, 1, true);
            }
        }

        // 2. Edited texts, best pairs first.
        var candidates = new List<(double Score, int New, int Old)>();
        for (var i = 0; i < current.Count; i++)
        {
            for (var j = 0; pairOf[i] < 0 && j < previous.Count; j++)
            {
                if (taken[j])
                {
                    continue;
                }

                var score = TextSimilarity.Of(previous[j].Text, current[i].Text);
                var sameLabel = previous[j].Kind == current[i].Kind && previous[j].Kind != ClauseKind.Paragraph
                    && string.Equals(previous[j].Label, current[i].Label, StringComparison.Ordinal);
                if (score >= Threshold || (sameLabel && score >= SameLabelThreshold))
                {
                    candidates.Add((score + (sameLabel ? 0.001 : 0), i, j));
                }
            }
        }

        foreach (var (score, i, j) in candidates.OrderByDescending(c => c.Score).ThenBy(c => Math.Abs(c.New - c.Old)).ThenBy(c => c.New))
        {
            if (pairOf[i] < 0 && !taken[j])
            {
                (pairOf[i], similarity[i], taken[j]) = (j, Math.Min(1, score), true);
            }
        }

        // 3. Ids for the added clauses; what was removed.
        var used = new HashSet<string>(retired, StringComparer.Ordinal);
        used.UnionWith(previous.Select(p => p.Id));
        var inOrder = OrderedRun.Longest([.. Enumerable.Range(0, current.Count).Where(i => pairOf[i] >= 0 && similarity[i] == 1).Select(i => pairOf[i])]);
        var clauses = new List<MatchedClause>(current.Count);
        for (var i = 0; i < current.Count; i++)
        {
            if (pairOf[i] < 0)
            {
                var id = NewId(current[i], used);
                used.Add(id);
                clauses.Add(new MatchedClause(current[i], id, ClauseChange.Added, 0));
                continue;
            }

            var old = previous[pairOf[i]];
            var change = similarity[i] < 1 || !string.Equals(old.Text, current[i].Text, StringComparison.Ordinal) ? ClauseChange.Edited
                : inOrder.Contains(pairOf[i]) ? ClauseChange.Unchanged
                : ClauseChange.Moved;
            clauses.Add(new MatchedClause(current[i], old.Id, change, similarity[i]));
        }

        return new ClauseMatch(clauses, [.. previous.Where((_, j) => !taken[j])]);
    }

    /// <summary>Among previous clauses with the same text, one with the same label wins, then the one nearest in position.</summary>
    private static bool Closer(IReadOnlyList<PreviousClause> previous, ParsedClause clause, int position, int candidate, int best)
    {
        var labelled = string.Equals(previous[candidate].Label, clause.Label, StringComparison.Ordinal);
        var bestLabelled = string.Equals(previous[best].Label, clause.Label, StringComparison.Ordinal);
        return labelled != bestLabelled ? labelled : Math.Abs(candidate - position) < Math.Abs(best - position);
    }

    /// <summary>The position's id when it was never used in the resolution; else the next paragraph number, or the label's id with the next free suffix.</summary>
    private static string NewId(ParsedClause clause, HashSet<string> used)
    {
        if (!used.Contains(clause.Id))
        {
            return clause.Id;
        }

        if (clause.Kind == ClauseKind.Paragraph)
        {
            var next = used.Select(ParagraphNumber).DefaultIfEmpty(0).Max() + 1;
            return string.Create(CultureInfo.InvariantCulture, $"p{next}");
        }

        var stem = clause.Id.Split('_')[0];
        for (var k = 2; ; k++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{stem}_{k}");
            if (!used.Contains(id))
            {
                return id;
            }
        }
    }

    private static int ParagraphNumber(string id) =>
        id.Length > 1 && id[0] == 'p' && int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
