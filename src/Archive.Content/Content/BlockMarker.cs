using System.Text.RegularExpressions;

namespace Archive.Core.Content;

/// <summary>
/// The line that opens a clause block: <c>{#b}</c>, or with attributes <c>{#b status=reviewed}</c>,
/// <c>{#b accept=glossary:اعدام,length note="…"}</c> (see content/README.md).
/// </summary>
public static partial class BlockMarker
{
    /// <summary>The attribute names a marker may carry.</summary>
    public static IReadOnlyList<string> Attributes { get; } = ["status", "accept", "note", "source"];

    /// <summary>Whether the line is a marker at all (an opening <c>{#</c> and a closing <c>}</c>).</summary>
    public static bool Looks(string line) => LooseMarker().IsMatch(line);

    /// <summary>Reads a marker line; null with <paramref name="error"/> set when it is malformed.</summary>
    public static TranslationBlock? Read(string line, int lineNumber, out string? error)
    {
        error = null;
        var m = StrictMarker().Match(line);
        if (!m.Success)
        {
            error = "malformed clause marker: write {#clause-id} or {#clause-id name=value …} with values quoted when they hold spaces";
            return null;
        }

        string? status = null, note = null, source = null;
        IReadOnlyList<string> accepted = [];
        var names = m.Groups["name"].Captures;
        var values = m.Groups["value"].Captures;
        for (var i = 0; i < names.Count; i++)
        {
            var value = values[i].Value.Trim('"');
            switch (names[i].Value)
            {
                case "status": status = value; break;
                case "note": note = value; break;
                case "source": source = value; break;
                case "accept": accepted = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]; break;
                default:
                    error = $"unknown attribute '{names[i].Value}' in clause marker (known: {string.Join(", ", Attributes)})";
                    return null;
            }
        }

        if (accepted.Count > 0 && string.IsNullOrWhiteSpace(note))
        {
            error = "accept= needs a note=\"…\" saying why the warning is not a fault";
            return null;
        }

        if (source is not null && !SourceHash().IsMatch(source))
        {
            error = $"source={source} is not the {Revisions.TextHash.Length} hex digits of the original's hash (archive import writes it)";
            return null;
        }

        return new TranslationBlock(m.Groups["id"].Value, string.Empty, lineNumber) { Status = status, Accepted = accepted, Note = note, Source = source };
    }

    [GeneratedRegex("^[0-9a-f]{16}$", RegexOptions.CultureInvariant)]
    private static partial Regex SourceHash();

    [GeneratedRegex(@"^\s*\{#[^}]*\}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LooseMarker();

    [GeneratedRegex(@"^\s*\{#(?<id>[^}\s]*)(?:\s+(?<name>[a-z]+)=(?<value>""[^""]*""|[^\s}""]+))*\s*\}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex StrictMarker();
}
