namespace Archive.Bench.Scale;

/// <summary>
/// Another engine over the same synthetic clauses, so the benchmark can print ours beside it: it indexes the corpus and
/// serves a page (the top 10 with a snippet each, and the total).
/// </summary>
internal interface IScalePeer : IDisposable
{
    string Name { get; }

    /// <summary>Indexes the first <paramref name="clauses"/> clauses of the corpus; returns the seconds it took (to a durable commit) and the bytes on disk.</summary>
    (double Seconds, long Bytes) Build(SyntheticCorpus corpus, int clauses, int threads);

    /// <summary>The first page of the query: ten hits with a snippet each; returns the total hit count, or -1 if the engine refused the query.</summary>
    int Page(string query);
}
