using System.Diagnostics;
using Archive.Bench.Quality;
using Archive.Core.Search;
using Archive.Core.Search.Queries;
using Microsoft.Data.Sqlite;

namespace Archive.Bench.Scale;

/// <summary>
/// SQLite FTS5 (unicode61, diacritics removed) in a database file, one row per clause inserted in one transaction; a
/// page is the ten best by bm25 with FTS5's snippet() and a count of the matches. Queries are translated as the quality
/// benchmark's FTS5 peer does.
/// </summary>
internal sealed class Fts5Peer : IScalePeer
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("archive-scale-fts5-");
    private SqliteConnection? connection;

    public string Name => "SQLite FTS5 unicode61, bm25 and snippet()";

    private string Database => Path.Combine(folder.FullName, "fts5.db");

    public (double Seconds, long Bytes) Build(SyntheticCorpus corpus, int clauses, int threads)
    {
        connection = new SqliteConnection("Data Source=" + Database + ";Pooling=False");
        connection.Open();
        var watch = Stopwatch.StartNew();
        Execute("PRAGMA journal_mode = WAL");
        Execute("CREATE VIRTUAL TABLE docs USING fts5(resolution UNINDEXED, fa, tokenize = 'unicode61 remove_diacritics 2')");
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO docs (resolution, fa) VALUES ($r, $fa)";
            var resolution = insert.Parameters.Add("$r", SqliteType.Integer);
            var fa = insert.Parameters.Add("$fa", SqliteType.Text);
            for (var block = 0; block < SyntheticCorpus.Blocks(clauses); block++)
            {
                foreach (var text in corpus.Block(block, clauses))
                {
                    resolution.Value = text.Resolution;
                    fa.Value = text.Texts["fa"];
                    insert.ExecuteNonQuery();
                }
            }

            transaction.Commit();
        }

        Execute("PRAGMA wal_checkpoint(TRUNCATE)");
        return (watch.Elapsed.TotalSeconds, folder.EnumerateFiles().Sum(f => f.Length));
    }

    public int Page(string query)
    {
        var c = connection ?? throw new InvalidOperationException("Build first.");
        string match;
        try
        {
            match = Fts5Engine.Match(SearchQueryParser.Parse(query), null);
        }
        catch (SearchQueryException)
        {
            return -1;
        }

        try
        {
            using var page = c.CreateCommand();
            page.CommandText = "SELECT resolution, snippet(docs, 1, '<mark>', '</mark>', '…', 16) FROM docs WHERE docs MATCH $q ORDER BY rank LIMIT 10";
            page.Parameters.AddWithValue("$q", match);
            using (var rows = page.ExecuteReader())
            {
                while (rows.Read())
                {
                    _ = rows.GetString(1);
                }
            }

            using var count = c.CreateCommand();
            count.CommandText = "SELECT count(*) FROM docs WHERE docs MATCH $q";
            count.Parameters.AddWithValue("$q", match);
            return Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return -1;
        }
    }

    public void Dispose()
    {
        connection?.Dispose();
        folder.Delete(recursive: true);
    }

    private void Execute(string sql)
    {
        using var command = connection!.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
