using Archive.Core.Search;
using Archive.Evaluation;

namespace Archive.Bench.Quality;

/// <summary>Ours: the Persian analyzer and query builder, through <see cref="ArchiveSearch"/> (100 hits, with snippets).</summary>
internal sealed class ArchiveSearchEngine(ArchiveSearch search) : IRankingEngine
{
    public string Name => "ours (ArchiveSearch)";

    public QueryOutcome Run(JudgedQuery judged) => ArchiveSearchRunner.Run(search, judged);

    public void Dispose()
    {
        // The archive owns the search service.
    }
}
