using Archive.Core.Import;
using Archive.Core.Texts.Languages;

namespace Archive.Core.Tests.Revisions;

/// <summary>Edits resolution 1 of a copy of the real seed as an editor would: by its printed lines, found by their clause's id in the original import.</summary>
internal sealed class SeedEditor(string path)
{
    public static readonly ParsedResolution First = SeedParser.Parse(RepositoryFiles.SeedText, "seed.txt", PersianRules.Instance).Resolutions[0];

    private readonly List<string> _lines = [.. File.ReadAllText(path).Split('\n')];

    public static string LineOf(string id) => First.Clauses.Single(c => c.Id == id) is var c ? c.Marker + c.Text : string.Empty;

    public SeedEditor Replace(string id, Func<string, string> edit)
    {
        var i = IndexOf(id);
        _lines[i] = edit(_lines[i].TrimEnd('\r'));
        return this;
    }

    public SeedEditor InsertBefore(string id, string line)
    {
        _lines.Insert(IndexOf(id), line);
        return this;
    }

    public SeedEditor Delete(string id)
    {
        _lines.RemoveAt(IndexOf(id));
        return this;
    }

    public SeedEditor Swap(string a, string b)
    {
        var (x, y) = (IndexOf(a), IndexOf(b));
        (_lines[x], _lines[y]) = (_lines[y], _lines[x]);
        return this;
    }

    public void Save() => File.WriteAllText(path, string.Join('\n', _lines));

    public static string PersianDigits(int n) =>
        string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('۰' + (d - '0'))));

    private int IndexOf(string id)
    {
        var line = LineOf(id);
        var i = _lines.FindIndex(l => string.Equals(l.Trim(), line, StringComparison.Ordinal));
        return i >= 0 ? i : throw new InvalidOperationException($"the line of clause {id} is not in the seed any more");
    }
}
