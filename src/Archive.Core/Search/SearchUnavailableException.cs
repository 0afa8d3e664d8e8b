namespace Archive.Core.Search;

/// <summary>The index is being built (at start or after an import); search answers again shortly.</summary>
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
}
