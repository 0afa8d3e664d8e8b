using Archive.Core.Storage;

namespace Archive.Core.Tests.Storage;

public sealed class ArchiveOptionsValidationTests
{
    private static readonly ArchiveOptionsValidation Validation = new();

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("Sqlite", true)]
    [InlineData("postgres", true)]
    [InlineData("Oracle", false)]
    [InlineData("1", false)]
    public void DatabaseProvider_IsSqliteOrPostgres(string? provider, bool valid)
    {
        var result = Validation.Validate(null, new DatabaseOptions { Provider = provider });
        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Equal($"Database:Provider is '{provider}'; it must be Sqlite or Postgres", Assert.Single(result.Failures!));
        }
    }

    [Fact]
    public void DefaultArchiveSettings_AreValid() =>
        Assert.True(Validation.Validate(null, new ArchiveOptions()).Succeeded);

    [Theory]
    [InlineData(nameof(ArchiveOptions.IndexPollSeconds), "Archive:IndexPollSeconds must be a number of seconds above 0")]
    [InlineData(nameof(ArchiveOptions.IndexRetrySeconds), "Archive:IndexRetrySeconds must be a number of seconds above 0")]
    [InlineData(nameof(ArchiveOptions.SetupLockTimeoutSeconds), "Archive:SetupLockTimeoutSeconds must be a number of seconds above 0")]
    public void ASecondsSettingOfZero_IsRefusedNamingIt(string setting, string message)
    {
        var options = new ArchiveOptions();
        typeof(ArchiveOptions).GetProperty(setting)!.SetValue(options, 0.0);
        Assert.Equal(message, Assert.Single(Validation.Validate(null, options).Failures!));
    }

    [Fact]
    public void AnEmptyDataFolder_IsRefusedNamingIt() =>
        Assert.Equal("Archive:DataDirectory must name a folder", Assert.Single(Validation.Validate(null, new ArchiveOptions { DataDirectory = " " }).Failures!));

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(2, true)]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public void IndexThreads_IsFromZeroTo64(int threads, bool valid)
    {
        var result = Validation.Validate(null, new ArchiveOptions { IndexThreads = threads });
        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Equal("Archive:IndexThreads must be from 0 (one per processor) to 64", Assert.Single(result.Failures!));
        }
    }
}
