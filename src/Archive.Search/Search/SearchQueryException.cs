namespace Archive.Core.Search;

/// <summary>A query that cannot be run: an English message for people, and a code with arguments for other languages.</summary>
public sealed class SearchQueryException : Exception
{
    public SearchQueryException()
    {
    }

    public SearchQueryException(string message)
        : base(message)
    {
    }

    public SearchQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SearchQueryException(SearchQueryError error, string message, params object[] arguments)
        : base(message)
    {
        Error = error;
        Arguments = arguments;
    }

    public SearchQueryError Error { get; }

    /// <summary>The values the message names (numbers, the word at fault, known values), in the order its code documents.</summary>
    public IReadOnlyList<object> Arguments { get; } = [];
}
