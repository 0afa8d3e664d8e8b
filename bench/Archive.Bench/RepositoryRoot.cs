namespace Archive.Bench;

/// <summary>The repository's root folder (the one holding Archive.sln), found from the working or program folder upwards.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Archive.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Archive.sln not found above the working folder or " + AppContext.BaseDirectory);
    }
}
