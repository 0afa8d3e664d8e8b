namespace Archive.Core.Import;

/// <summary>
/// Finds the collections an import names: a folder with a <c>metadata.yml</c> is one collection; a folder without one
/// holds the collections in its sub-folders; a seed file on its own, or loose <c>*.txt</c> files, belong to the
/// collection of the folder they are in. Reads only the file system's listing.
/// </summary>
internal static class CollectionFolders
{
    /// <summary>The collection folders under <paramref name="paths"/> in the order named, each with the files named explicitly (null: the files its format lists).</summary>
    public static List<(string Folder, List<string>? Files)> Find(IReadOnlyList<string> paths, ArchiveLocations locations, List<ImportDiagnostic> diagnostics)
    {
        var found = new List<(string Folder, List<string>? Files)>();
        foreach (var path in paths)
        {
            var full = locations.Resolve(path);
            if (File.Exists(full))
            {
                Add(found, Path.GetDirectoryName(full)!, [full]);
            }
            else if (Directory.Exists(full))
            {
                var collections = Directory.GetFiles(full, SeedReader.MetadataFileName, SearchOption.AllDirectories)
                    .Select(f => Path.GetDirectoryName(f)!).Order(StringComparer.Ordinal).ToList();
                foreach (var folder in collections)
                {
                    Add(found, folder, null);
                }

                var loose = Directory.GetFiles(full, "*.txt", SearchOption.AllDirectories)
                    .Where(f => !collections.Any(c => IsUnder(f, c))).Order(StringComparer.Ordinal).ToList();
                foreach (var group in loose.GroupBy(f => Path.GetDirectoryName(f)!, StringComparer.Ordinal))
                {
                    Add(found, group.Key, [.. group]);
                }

                if (collections.Count == 0 && loose.Count == 0)
                {
                    diagnostics.Add(ImportDiagnostic.Error(path, 0, $"the folder holds no collection (a folder with {SeedReader.MetadataFileName}) and no seed file (*.txt)"));
                }
            }
            else
            {
                diagnostics.Add(ImportDiagnostic.Error(path, 0, "no such file or folder"));
            }
        }

        return found;
    }

    private static void Add(List<(string Folder, List<string>? Files)> found, string folder, List<string>? files)
    {
        var i = found.FindIndex(f => string.Equals(f.Folder, folder, StringComparison.Ordinal));
        if (i < 0)
        {
            found.Add((folder, files));
        }
        else if (found[i].Files is { } named)
        {
            found[i] = (folder, files is null ? null : [.. named.Union(files, StringComparer.Ordinal)]);
        }
    }

    private static bool IsUnder(string file, string folder) =>
        file.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
