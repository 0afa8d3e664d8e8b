namespace Archive.Web.Tests;

/// <summary>One app instance for all page and API tests: the first import and index build happen once.</summary>
[CollectionDefinition(Name)]
public sealed class SharedWebApp : ICollectionFixture<ArchiveWebFactory>
{
    public const string Name = "web";
}
