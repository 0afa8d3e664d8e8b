using Microsoft.Extensions.Options;

namespace Archive.Core.Storage;

/// <summary>Checks the <c>Archive:</c> and <c>Database:</c> settings when the program starts, each failure naming its key.</summary>
public sealed class ArchiveOptionsValidation : IValidateOptions<ArchiveOptions>, IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, ArchiveOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Positive(failures, nameof(ArchiveOptions.SetupLockTimeoutSeconds), options.SetupLockTimeoutSeconds);
        Positive(failures, nameof(ArchiveOptions.IndexPollSeconds), options.IndexPollSeconds);
        Positive(failures, nameof(ArchiveOptions.IndexRetrySeconds), options.IndexRetrySeconds);
        if (options.IndexThreads is < 0 or > 64)
        {
            failures.Add($"{ArchiveOptions.Section}:{nameof(ArchiveOptions.IndexThreads)} must be from 0 (one per processor) to 64");
        }

        if (options.TestPauseInMigrationSeconds < 0 || !double.IsFinite(options.TestPauseInMigrationSeconds))
        {
            failures.Add($"{ArchiveOptions.Section}:{nameof(ArchiveOptions.TestPauseInMigrationSeconds)} must be 0 or more");
        }

        foreach (var (key, value) in new[] { (nameof(ArchiveOptions.DataDirectory), options.DataDirectory), (nameof(ArchiveOptions.SeedsDirectory), options.SeedsDirectory), (nameof(ArchiveOptions.ContentDirectory), options.ContentDirectory) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                failures.Add($"{ArchiveOptions.Section}:{key} must name a folder");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return DatabaseOptions.TryParse(options.Provider, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)} is '{options.Provider}'; it must be Sqlite or Postgres");
    }

    private static void Positive(List<string> failures, string key, double value)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            failures.Add($"{ArchiveOptions.Section}:{key} must be a number of seconds above 0");
        }
    }
}
