using Archive.Core.Content;
using Archive.Core.Search.Queries;

namespace Archive.Core.Search.Expansion;

/// <summary>
/// A run of two or more typed words that is a concept's label is a fixed expression (regime change, crimes against
/// humanity): its words are the exact words only where they stand together, as the label has them. Apart in a clause
/// ("the rapidly changing situation … the regime") they still match, but through the query's parts, not the exact tier.
/// </summary>
internal static class FixedExpressions
{
    public static bool IsFixed(int length, IReadOnlyList<VocabularyConcept> concepts) => length >= 2 && concepts.Count > 0;

    /// <summary>
    /// The query with each fixed expression's words as one term: a phrase, and in Persian also its joined spelling (as
    /// <see cref="LuceneQueryBuilder"/> builds two words typed as one).
    /// </summary>
    public static List<QueryClause> Phrased(ParsedQuery parsed, IEnumerable<(int Start, int Length, IReadOnlyList<VocabularyConcept> Concepts)> spans) =>
        [.. spans.SelectMany(s => IsFixed(s.Length, s.Concepts)
            ? [Together(parsed.Clauses.Skip(s.Start).Take(s.Length))]
            : parsed.Clauses.Skip(s.Start).Take(s.Length))];

    private static QueryClause Together(IEnumerable<QueryClause> clauses) =>
        new([new QueryTerm(QueryTermKind.Word, string.Join(' ', clauses.Select(c => c.Alternatives[0].Text)))], false);
}
