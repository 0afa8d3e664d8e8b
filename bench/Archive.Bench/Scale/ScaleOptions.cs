namespace Archive.Bench.Scale;

/// <summary>What <c>scale</c> is asked to do (its command-line options).</summary>
/// <param name="Clauses">The synthetic archive's size (--clauses).</param>
/// <param name="Queries">Queries per kind (--queries).</param>
/// <param name="Threads">Indexing threads of the in-process index (--threads).</param>
/// <param name="Import">Whether the real <c>archive import</c> runs first (not --no-import).</param>
/// <param name="Keep">Keep the imported archive of <paramref name="Clauses"/> clauses (--keep).</param>
/// <param name="Postgres">A PostgreSQL connection string to a maintenance database (--postgres): each import then writes
/// into a new database made there for it (dropped after), instead of a SQLite file.</param>
/// <param name="ImportOnly">Stop after the import half (--import-only).</param>
/// <param name="IndexOnly">Stop after the in-process indexing figures, before the queries and the peers (--index-only).</param>
internal sealed record ScaleOptions(int Clauses, int Queries, int Threads, bool Import, bool Keep, string? Postgres, bool ImportOnly, bool IndexOnly);
