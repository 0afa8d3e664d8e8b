using System.Diagnostics;
using System.Text;
using Archive.Core.Search;
using Archive.Core.Search.Queries;
using Archive.Evaluation;
using Microsoft.Data.Sqlite;

namespace Archive.Bench.Quality;

/// <summary>
/// The peer: SQLite FTS5 with the unicode61 tokenizer (remove_diacritics 2) over the same texts, one row per
/// clause or title, ranked by FTS5's bm25. The query's words are each quoted and joined by implicit AND; phrases stay
/// phrases, prefix* becomes "prefix"*, OR and -excluded keep their meaning.
/// </summary>
internal sealed class Fts5Engine : IRankingEngine
{
    private static readonly string[] Languages = ["fa", "en", "de"];

    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public Fts5Engine(IReadOnlyList<IndexedText> texts)
    {
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE docs USING fts5(resolution UNINDEXED, fa, en, de, tokenize = 'unicode61 remove_diacritics 2')";
            create.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO docs (resolution, fa, en, de) VALUES ($r, $fa, $en, $de)";
        foreach (var text in texts)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$r", text.Resolution);
            foreach (var language in Languages)
            {
                insert.Parameters.AddWithValue("$" + language, text.Texts.TryGetValue(language, out var value) ? value : DBNull.Value);
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public string Name => "SQLite FTS5 unicode61";

    public QueryOutcome Run(JudgedQuery judged)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var match = Match(SearchQueryParser.Parse(judged.Query), judged.SearchLanguage);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT resolution FROM docs WHERE docs MATCH $q ORDER BY rank LIMIT 100";
            command.Parameters.AddWithValue("$q", match);
            var resolutions = new List<int>();
            using (var rows = command.ExecuteReader())
            {
                while (rows.Read())
                {
                    resolutions.Add(rows.GetInt32(0));
                }
            }

            watch.Stop();
            return new QueryOutcome(judged, QueryOutcome.TopResolutions(resolutions), watch.Elapsed);
        }
        catch (Exception ex) when (ex is SqliteException or SearchQueryException)
        {
            return new QueryOutcome(judged, [], watch.Elapsed, ex.Message);
        }
    }

    public void Dispose() => connection.Dispose();

    /// <summary>The FTS5 MATCH expression of a parsed query, limited to one language's column when one is given.</summary>
    internal static string Match(ParsedQuery parsed, string? lang)
    {
        var positive = new List<string>();
        var negative = new List<string>();
        foreach (var clause in parsed.Clauses)
        {
            var alternatives = clause.Alternatives.Select(Term).ToList();
            var expression = alternatives.Count == 1 ? alternatives[0] : "(" + string.Join(" OR ", alternatives) + ")";
            (clause.Excluded ? negative : positive).Add(expression);
        }

        var sb = new StringBuilder("(").AppendJoin(' ', positive).Append(')');
        foreach (var excluded in negative)
        {
            sb.Append(" NOT ").Append(excluded);
        }

        return lang is null ? sb.ToString() : "{" + lang + "} : (" + sb + ")";
    }

    private static string Term(QueryTerm term)
    {
        var quoted = "\"" + term.Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return term.Kind == QueryTermKind.Prefix ? quoted + " *" : quoted;
    }
}
