using System.Text.RegularExpressions;

namespace Archive.Tests.Citations;

/// <summary>
/// Reads RIS as reference managers do: every line <c>XY  - value</c> (two capitals or a capital and a digit, two
/// spaces, a hyphen, a space), a record opened by <c>TY</c> with a known type and closed by <c>ER</c>.
/// </summary>
internal static partial class RisReader
{
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal) { "GEN", "BILL", "BOOK", "CHAP", "ELEC", "GOVDOC", "LEGAL", "RPRT", "STAT" };

    public static IReadOnlyList<IReadOnlyList<(string Tag, string Value)>> Read(string text)
    {
        var records = new List<IReadOnlyList<(string, string)>>();
        List<(string, string)>? open = null;
        foreach (var (line, number) in text.Split('\n').Select((l, n) => (l.TrimEnd('\r'), n + 1)))
        {
            if (line.Length == 0 && open is null)
            {
                continue;
            }

            var m = Line().Match(line);
            if (!m.Success)
            {
                throw new FormatException($"line {number}: '{line}' is not an RIS line");
            }

            var (tag, value) = (m.Groups["tag"].Value, m.Groups["value"].Value);
            if (tag == "TY")
            {
                if (open is not null || !Types.Contains(value))
                {
                    throw new FormatException($"line {number}: TY inside a record or of unknown type '{value}'");
                }

                open = [(tag, value)];
            }
            else if (open is null)
            {
                throw new FormatException($"line {number}: {tag} before TY");
            }
            else if (tag == "ER")
            {
                records.Add(open);
                open = null;
            }
            else
            {
                open.Add((tag, value));
            }
        }

        return open is null ? records : throw new FormatException("a record is not closed by ER");
    }

    [GeneratedRegex("^(?<tag>[A-Z][A-Z0-9])  - (?<value>.*)$")]
    private static partial Regex Line();
}
