using System.Globalization;

namespace Archive.Bench.Scale;

/// <summary>
/// The same synthetic clauses indexed and queried by Lucene's stock Persian chain and by SQLite FTS5, each figure printed
/// with ours beside it, so a reader sees what the Persian chain, the expansion and the resolution ranking cost.
/// </summary>
internal static class PeerBench
{
    public static void Run(
        SyntheticCorpus corpus,
        int clauses,
        int threads,
        IReadOnlyList<(string Kind, IReadOnlyList<string> Queries)> kinds,
        IReadOnlyList<(string Kind, PageTimings Timings)> ours,
        (double Seconds, long Bytes) ourIndex,
        double? ourImportSeconds)
    {
        IScalePeer[] peers = [new StockLucenePeer(), new Fts5Peer()];
        foreach (var peer in peers)
        {
            using (peer)
            {
                var (seconds, bytes) = peer.Build(corpus, clauses, threads);
                Console.WriteLine(Invariant($"peer: {peer.Name}"));
                Console.WriteLine(Invariant(
                    $"       indexing: {clauses / seconds:N0} clauses/s ({seconds:0.0} s; ours {clauses / ourIndex.Seconds:N0}/s, ours ÷ this: time ×{ourIndex.Seconds / seconds:0.0#}); on disk {bytes / (double)clauses:N0} bytes/clause (ours ×{ourIndex.Bytes / (double)bytes:0.0#})"));
                if (ourImportSeconds is { } import)
                {
                    // The peer's indexing is all its import: the text goes into one table or index, nothing else.
                    Console.WriteLine(Invariant(
                        $"       against our whole archive import ({clauses / import:N0} clauses/s, database and index): ours ÷ this: time ×{import / seconds:0.0#}"));
                }

                foreach (var (kind, queries) in kinds)
                {
                    var timings = PageTimings.Measure(queries, peer.Page);
                    var mine = ours.First(o => o.Kind == kind).Timings;
                    Console.WriteLine(Invariant($"       {kind,-7} {timings.Describe(mine)} (ours: p50 {mine.P50:0.00}, p99 {mine.P99:0.00} ms, median hits {mine.MedianHits:N0})"));
                }
            }
        }
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
