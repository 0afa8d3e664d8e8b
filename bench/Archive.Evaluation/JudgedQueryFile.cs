using System.Globalization;

namespace Archive.Evaluation;

/// <summary>Reads a judged query file: lines starting with '#' are comments; the header names the columns.</summary>
public static class JudgedQueryFile
{
    private static readonly string[] Languages = ["fa", "en", "de", "all"];

    public static IReadOnlyList<JudgedQuery> Load(string path, JudgedQuerySet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var queries = new List<JudgedQuery>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("query\t", StringComparison.Ordinal))
            {
                continue;
            }

            queries.Add(Parse(line, $"{set.RelativePath}:{i + 1}", i + 1) with { Set = set });
        }

        return queries;
    }

    private static JudgedQuery Parse(string line, string where, int number)
    {
        var cells = line.Split('\t');
        if (cells.Length < 3)
        {
            throw new FormatException($"{where}: expected query, lang, expected[, first[, note]] separated by tabs");
        }

        var lang = cells[1].Trim();
        if (!Languages.Contains(lang, StringComparer.Ordinal))
        {
            throw new FormatException($"{where}: lang must be fa, en, de or all, not '{lang}'");
        }

        var expected = cells[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => Number(n, where))
            .ToList();
        if (expected.Count == 0)
        {
            throw new FormatException($"{where}: no expected resolution");
        }

        int? first = cells.Length > 3 && cells[3].Trim().Length > 0 ? Number(cells[3], where) : null;
        if (first is int f && !expected.Contains(f))
        {
            throw new FormatException($"{where}: the first resolution {f} must also be expected");
        }

        return new JudgedQuery(number, cells[0], lang, expected, first, cells.Length > 4 ? cells[4] : string.Empty);
    }

    private static int Number(string cell, string where) =>
        int.TryParse(cell.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new FormatException($"{where}: '{cell}' is not a resolution number");
}
