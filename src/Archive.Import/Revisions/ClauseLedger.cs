using System.Globalization;
using Archive.Core.Import;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Archive.Core.Revisions;

/// <summary>
/// A collection's clause-id ledger, <c>content/ids/&lt;collection&gt;.yml</c>: per resolution the clauses' ids with a
/// hash of their text, and the retired ids. <c>archive import</c> reads it (so that a fresh clone, importing into an
/// empty database, gives the ids the editor's import gave) and writes it when the ids changed; the editor commits it
/// with the seed (docs/clause-ids.md).
/// </summary>
public sealed class ClauseLedger
{
    public const string FolderName = "ids";

    private const string Header = "# Clause ids of this collection, written by `archive import`; commit it with the seed (docs/clause-ids.md).\n";

    private static readonly IDeserializer Reader = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();

    private static readonly ISerializer Writer = new SerializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitEmptyCollections).Build();

    public string Collection { get; set; } = string.Empty;

    public List<LedgerResolution> Resolutions { get; set; } = [];

    /// <summary>The ledger's file for a collection under a content folder.</summary>
    public static string PathOf(string contentDirectory, string collection) => Path.Combine(contentDirectory, FolderName, collection + ".yml");

    /// <summary>The resolution's entry, or null.</summary>
    public LedgerResolution? Find(int number) => Resolutions.FirstOrDefault(r => r.Number == number);

    /// <summary>Reads a ledger; null when there is none, null with an error diagnostic when it is malformed.</summary>
    public static ClauseLedger? Read(string path, string display, List<ImportDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var ledger = Reader.Deserialize<ClauseLedger?>(File.ReadAllText(path)) ?? new ClauseLedger();
            var twice = ledger.Resolutions.GroupBy(r => r.Number).FirstOrDefault(g => g.Count() > 1);
            var bad = ledger.Resolutions.SelectMany(r => r.Clauses).FirstOrDefault(c => c.Split(' ') is not [{ Length: > 0 }, { Length: TextHash.Length }]);
            var undated = ledger.Resolutions.SelectMany(r => r.Retired).FirstOrDefault(c => c.RemovedAt() is null);
            if (twice is not null || bad is not null || undated is not null)
            {
                diagnostics.Add(ImportDiagnostic.Error(display, 0, twice is not null
                    ? string.Create(CultureInfo.InvariantCulture, $"resolution {twice.Key} is listed twice in the id ledger")
                    : bad is not null ? $"clause entry '{bad}' is not \"<id> <{TextHash.Length} hex digits>\""
                    : $"retired clause '{undated!.Id}': removed '{undated.Removed}' is not an ISO 8601 time"));
                return null;
            }

            return ledger;
        }
        catch (YamlException ex)
        {
            diagnostics.Add(ImportDiagnostic.Error(display, (int)ex.Start.Line, $"malformed id ledger: {ex.Message}"));
            return null;
        }
    }

    /// <summary>The file's text: resolutions by number, written the same way every time.</summary>
    public string ToYaml()
    {
        Resolutions.Sort((a, b) => a.Number.CompareTo(b.Number));
        return Header + Writer.Serialize(this);
    }

    /// <summary>Writes the ledger when its text differs from the file's (atomically: a whole file or the old one); true when written.</summary>
    public bool WriteIfChanged(string path)
    {
        var text = ToYaml();
        if (File.Exists(path) && string.Equals(File.ReadAllText(path), text, StringComparison.Ordinal))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
        return true;
    }
}
