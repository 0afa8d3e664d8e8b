namespace Archive.Core.Tests;

/// <summary>Finds files of this repository (the seed, content/) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string SeedPath => Path.Combine(Root, "seeds", "wpi-congress-12", "resolutions.fa.txt");

    public static string ContentDirectory => Path.Combine(Root, "content");

    public static string SeedText => File.ReadAllText(SeedPath);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Archive.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Archive.sln not found above " + AppContext.BaseDirectory);
    }
}
