namespace Archive.Core.Tests;

/// <summary>Finds files of this repository (the seed, content/) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root => Archive.Tests.RepositoryRoot.Path;

    public static string SeedPath => Path.Combine(Root, "seeds", "wpi-congress-12", "resolutions.fa.txt");

    public static string ContentDirectory => Path.Combine(Root, "content");

    public static string SeedText => File.ReadAllText(SeedPath);
}
