using System.Text;
using static System.FormattableString;

namespace Archive.Core.Search.Queries;

/// <summary>
/// Parses the query syntax of the search box: words (all required), "exact phrases", prefix*, -excluded, and OR
/// between alternatives. Pure; anything it cannot read raises <see cref="SearchQueryException"/> with a message for people.
/// </summary>
public static class SearchQueryParser
{
    public const int MaxLength = 500;

    public const int MaxClauses = 32;

    public const int MinPrefix = 2;

    public static ParsedQuery Parse(string? query)
    {
        var text = (query ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            throw new SearchQueryException(SearchQueryError.Empty, "Type a word to search for.");
        }

        if (text.Length > MaxLength)
        {
            throw new SearchQueryException(SearchQueryError.TooLong, Invariant($"The query is {text.Length} characters long; the limit is {MaxLength}."), text.Length, MaxLength);
        }

        foreach (var c in text)
        {
            if (char.IsControl(c) && c != '\t')
            {
                throw new SearchQueryException(SearchQueryError.ControlCharacter, Invariant($"The query contains the control character U+{(int)c:X4}; remove it and search again."), Invariant($"U+{(int)c:X4}"));
            }
        }

        var clauses = new List<QueryClause>();
        var pendingOr = false;
        foreach (var (token, quoted, excluded) in Tokens(text))
        {
            if (!quoted && !excluded && token == "OR")
            {
                if (clauses.Count == 0 || pendingOr || clauses[^1].Excluded)
                {
                    throw new SearchQueryException(SearchQueryError.MisplacedOr, "OR must stand between two words, like: اعدام OR execution");
                }

                pendingOr = true;
                continue;
            }

            var term = quoted ? new QueryTerm(QueryTermKind.Phrase, token) : WordOrPrefix(token);
            if (pendingOr && !excluded)
            {
                clauses[^1] = clauses[^1] with { Alternatives = [.. clauses[^1].Alternatives, term] };
                pendingOr = false;
                continue;
            }

            if (pendingOr)
            {
                throw new SearchQueryException(SearchQueryError.OrBeforeExcluded, "OR cannot be followed by an excluded word.");
            }

            clauses.Add(new QueryClause([term], excluded));
        }

        if (pendingOr)
        {
            throw new SearchQueryException(SearchQueryError.MisplacedOr, "OR must stand between two words, like: اعدام OR execution");
        }

        if (clauses.Count > MaxClauses)
        {
            throw new SearchQueryException(SearchQueryError.TooManyParts, Invariant($"The query has {clauses.Count} parts; search with at most {MaxClauses}."), clauses.Count, MaxClauses);
        }

        if (clauses.All(c => c.Excluded))
        {
            throw new SearchQueryException(SearchQueryError.OnlyExcluded, "A query needs at least one word that is not excluded with '-'.");
        }

        return new ParsedQuery(clauses);
    }

    private static QueryTerm WordOrPrefix(string token)
    {
        var star = token.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return new QueryTerm(QueryTermKind.Word, token);
        }

        if (star != token.Length - 1)
        {
            throw new SearchQueryException(SearchQueryError.StarInsideWord, $"'*' may only end a word (a prefix search such as اعتصاب*); '{token}' has it inside.", token);
        }

        var prefix = token[..^1];
        if (prefix.Count(char.IsLetterOrDigit) < MinPrefix)
        {
            throw new SearchQueryException(SearchQueryError.PrefixTooShort, Invariant($"A prefix search needs at least {MinPrefix} letters before '*'."), MinPrefix);
        }

        return new QueryTerm(QueryTermKind.Prefix, prefix);
    }

    /// <summary>Splits on white space; a double quote (" or the typographic “ ”) opens and closes a phrase; a leading '-' excludes.</summary>
    private static IEnumerable<(string Token, bool Quoted, bool Excluded)> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                yield break;
            }

            var excluded = false;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                excluded = true;
                i++;
            }

            if (IsQuote(text[i]))
            {
                var end = text.IndexOfAny(['"', '”', '“'], i + 1);
                if (end < 0)
                {
                    throw new SearchQueryException(SearchQueryError.UnclosedPhrase, "A phrase is missing its closing quotation mark (\").");
                }

                var phrase = text[(i + 1)..end].Trim();
                i = end + 1;
                if (phrase.Length > 0)
                {
                    yield return (phrase, true, excluded);
                }

                continue;
            }

            var sb = new StringBuilder();
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && !IsQuote(text[i]))
            {
                sb.Append(text[i++]);
            }

            yield return (sb.ToString(), false, excluded);
        }
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”';
}
