using Archive.Evaluation;

namespace Archive.Bench.Quality;

/// <summary>One engine's timed outcomes over a judged query set; <see cref="IsOurs"/> marks our engines for the ratios.</summary>
internal sealed record EngineOutcomes(string Engine, bool IsOurs, IReadOnlyList<QueryOutcome> Outcomes);
