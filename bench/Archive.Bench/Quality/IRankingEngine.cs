using Archive.Evaluation;

namespace Archive.Bench.Quality;

/// <summary>A search engine under comparison: runs a judged query and returns the resolutions it ranks first.</summary>
internal interface IRankingEngine : IDisposable
{
    string Name { get; }

    QueryOutcome Run(JudgedQuery judged);
}
