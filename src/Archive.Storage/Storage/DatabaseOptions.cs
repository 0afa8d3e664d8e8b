namespace Archive.Core.Storage;

/// <summary>Settings under <c>Database:</c>; the connection string itself is <c>ConnectionStrings:Archive</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (the default, an embedded file) or <c>Postgres</c> (a server shared by several nodes).</summary>
    public string? Provider { get; set; }

    /// <summary>The provider named by <see cref="Provider"/>; only read after validation.</summary>
    public DatabaseProvider ProviderKind =>
        TryParse(Provider, out var kind) ? kind : throw new InvalidOperationException($"Database:Provider is '{Provider}'; it must be Sqlite or Postgres.");

    public static bool TryParse(string? value, out DatabaseProvider provider)
    {
        provider = DatabaseProvider.Sqlite;
        return string.IsNullOrWhiteSpace(value)
            || (Enum.TryParse(value, ignoreCase: true, out provider) && Enum.IsDefined(provider) && !int.TryParse(value, out _));
    }
}
