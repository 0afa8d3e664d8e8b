using System.Globalization;
using System.Text;
using Archive.Core.Import;
using Archive.Core.Texts.Languages;

namespace Archive.Bench.Scale;

/// <summary>
/// A temporary archive root for the real <c>archive import</c>: <c>seeds/synthetic/</c> (metadata.yml and one seed file of
/// N clauses, <see cref="SyntheticCorpus.ClausesPerResolution"/> to a resolution, drawn from the seed's sentences),
/// an empty <c>content/</c>, the settings that point the command there, and a <c>data/</c> folder for the database and index. Deleted on dispose.
/// </summary>
internal sealed class SyntheticSeed : IDisposable
{
    private SyntheticSeed(string root) => Root = root;

    public string Root { get; }

    /// <summary>The settings the command is given (as environment variables, which override the file beside the program).</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Archive__RootDirectory"] = Root,
        ["Archive__DataDirectory"] = "data",
        ["Archive__SeedsDirectory"] = "seeds",
        ["Archive__ContentDirectory"] = "content",
        ["ConnectionStrings__Archive"] = "Data Source=" + Database,
    };

    public string Database => Path.Combine(Root, "data", "archive.db");

    public static SyntheticSeed Create(SyntheticCorpus corpus, int clauses)
    {
        var root = Directory.CreateTempSubdirectory("archive-scale-").FullName;
        var seeds = Directory.CreateDirectory(Path.Combine(root, "seeds", "synthetic")).FullName;
        Directory.CreateDirectory(Path.Combine(root, "content"));
        Directory.CreateDirectory(Path.Combine(root, "data"));
        File.WriteAllText(Path.Combine(seeds, "metadata.yml"), """
            collection: synthetic
            title:
              fa: مجموعه آزمایشی
              en: Synthetic collection
            body: Synthetic
            language: fa
            direction: rtl
            format: plain-text
            source: resolutions.fa.txt

            """);
        using (var writer = new StreamWriter(Path.Combine(seeds, "resolutions.fa.txt"), false, new UTF8Encoding(false), 1 << 16))
        {
            var resolution = 0;
            for (var block = 0; block < SyntheticCorpus.Blocks(clauses); block++)
            {
                foreach (var clause in corpus.Block(block, clauses))
                {
                    if (clause.Resolution != resolution)
                    {
                        resolution = clause.Resolution;
                        writer.Write(resolution == 1 ? string.Empty : "\n");
                        writer.Write(string.Create(CultureInfo.InvariantCulture, $"قطعنامه در مورد موضوع آزمایشی {resolution}\n\n"));
                    }

                    var text = clause.Texts["fa"];
                    // A clause line must not open with a heading word, or the parser would start a resolution there.
                    writer.Write(HeadingLine.TryMatch(text.Trim(), PersianRules.Instance, out _) ? "و " + text : text);
                    writer.Write("\n\n");
                }
            }
        }

        return new SyntheticSeed(root);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
