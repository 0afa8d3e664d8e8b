using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Core.Content;

namespace Archive.Core.Revisions;

/// <summary>
/// Writes <c>source=&lt;hash&gt;</c> into each translation block marker that lacks it, after an import committed:
/// the hash of the original clause's text as imported, i.e. the text a new block was translated from. From then on
/// a change of the original shows the translation as outdated (docs/clause-ids.md). Only the marker line changes.
/// </summary>
internal static partial class TranslationStamper
{
    /// <summary>Stamps the files under <paramref name="contentDirectory"/>; <paramref name="hashes"/> maps (collection, resolution, clause) to the original's hash. Returns the files written.</summary>
    public static IReadOnlyList<string> Stamp(string contentDirectory, IEnumerable<TranslationFile> files, IReadOnlyDictionary<(string, int, string), string> hashes)
    {
        var written = new List<string>();
        foreach (var file in files.Where(f => f.FrontMatter?.Resolution is not null))
        {
            var collection = Path.GetFileName(Path.GetDirectoryName(file.File))!;
            var resolution = file.FrontMatter!.Resolution!.Value;
            var stamps = file.Blocks.Where(b => b.Source is null && hashes.ContainsKey((collection, resolution, b.ClauseId)))
                .ToDictionary(b => b.Line - 1, b => hashes[(collection, resolution, b.ClauseId)]);
            if (stamps.Count == 0)
            {
                continue;
            }

            var path = Path.Combine(contentDirectory, "translations", file.FrontMatter.Language!, collection, Path.GetFileName(file.File));
            var lines = File.ReadAllText(path).Split('\n');
            foreach (var (index, hash) in stamps.Where(s => s.Key < lines.Length && BlockMarker.Looks(lines[s.Key])))
            {
                // The marker's own line ending (\r) stays after the closing brace.
                lines[index] = MarkerEnd().Replace(lines[index], $" source={hash}}}", 1);
            }

            var temporary = path + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            File.WriteAllText(temporary, string.Join('\n', lines));
            File.Move(temporary, path, overwrite: true);
            written.Add(file.File);
        }

        return written;
    }

    [GeneratedRegex(@"\s*\}(?=\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkerEnd();
}
