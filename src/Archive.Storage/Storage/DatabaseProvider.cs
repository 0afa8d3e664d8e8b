namespace Archive.Core.Storage;

/// <summary>The database engine, chosen by <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: the default, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by several web nodes; migrations in Archive.Storage.Postgres.</summary>
    Postgres,
}
