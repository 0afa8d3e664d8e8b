namespace Archive.Core.Tests;

/// <summary>
/// The database engines the data-layer and import tests run on: SQLite always, and PostgreSQL when
/// <c>ARCHIVE_TEST_POSTGRES</c> names a server (tests/run.sh starts a throw-away cluster and sets it).
/// </summary>
public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";

    public const string Postgres = "Postgres";

    public static string? PostgresServer => Environment.GetEnvironmentVariable("ARCHIVE_TEST_POSTGRES");

    public static IReadOnlyList<string> Names => string.IsNullOrEmpty(PostgresServer) ? [Sqlite] : [Sqlite, Postgres];

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in Names)
            {
                data.Add(name);
            }

            return data;
        }
    }
}
