namespace Archive.Core.Search;

/// <summary>
/// Search cannot answer: the index is being built (at start or after an import; it answers again shortly), or, with
/// <see cref="Problem"/> set, it cannot be built (a full disk, an unwritable folder), which the message says.
/// </summary>
public sealed class SearchUnavailableException : Exception
{
    public SearchUnavailableException()
        : base("The search index is being built; try again in a moment.")
    {
    }

    public SearchUnavailableException(string message)
        : base(message)
    {
    }

    public SearchUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SearchUnavailableException(SearchIndexProblem problem, string message)
        : base(message) => Problem = problem;

    /// <summary>Why the index cannot be built; <see cref="SearchIndexProblem.None"/> while it is simply being built.</summary>
    public SearchIndexProblem Problem { get; }
}
