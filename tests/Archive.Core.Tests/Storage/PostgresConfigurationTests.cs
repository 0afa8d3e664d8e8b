namespace Archive.Core.Tests.Storage;

public class PostgresConfigurationTests
{
    /// <summary>tests/run.sh sets ARCHIVE_REQUIRE_POSTGRES=1: there, the PostgreSQL half of the suite must not be silently left out.</summary>
    [Fact]
    public void PostgresServer_IsConfigured_WhenTheTestCommandRequiresIt()
    {
        if (Environment.GetEnvironmentVariable("ARCHIVE_REQUIRE_POSTGRES") != "1")
        {
            Assert.Null(Environment.GetEnvironmentVariable("ARCHIVE_REQUIRE_POSTGRES"));
            return;
        }

        Assert.False(string.IsNullOrEmpty(DatabaseProviders.PostgresServer), "ARCHIVE_TEST_POSTGRES is not set: tests/pg-cluster.sh start prints it");
        Assert.Contains(DatabaseProviders.Postgres, DatabaseProviders.Names);
    }
}
