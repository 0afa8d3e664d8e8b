using System.Globalization;

namespace Archive.Core.Tests.Search.Evaluation;

/// <summary>Reads <c>judged-queries.tsv</c>: lines starting with '#' are comments; the header names the columns.</summary>
internal static class JudgedQueryFile
{
    /// <summary>Where the file lives, relative to the repository root.</summary>
    public const string RelativePath = "tests/Archive.Core.Tests/Search/Evaluation/judged-queries.tsv";

    private static readonly string[] Languages = ["fa", "en", "all"];

    public static IReadOnlyList<JudgedQuery> Load(string path)
    {
        var queries = new List<JudgedQuery>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("query\t", StringComparison.Ordinal))
            {
                continue;
            }

            queries.Add(Parse(line, i + 1));
        }

        return queries;
    }

    private static JudgedQuery Parse(string line, int number)
    {
        var cells = line.Split('\t');
        if (cells.Length < 3)
        {
            throw new FormatException($"line {number}: expected query, lang, expected[, first[, note]] separated by tabs");
        }

        var lang = cells[1].Trim();
        if (!Languages.Contains(lang, StringComparer.Ordinal))
        {
            throw new FormatException($"line {number}: lang must be fa, en or all, not '{lang}'");
        }

        var expected = cells[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => int.Parse(n, CultureInfo.InvariantCulture))
            .ToList();
        if (expected.Count == 0)
        {
            throw new FormatException($"line {number}: no expected resolution");
        }

        int? first = cells.Length > 3 && cells[3].Trim().Length > 0 ? int.Parse(cells[3], CultureInfo.InvariantCulture) : null;
        if (first is int f && !expected.Contains(f))
        {
            throw new FormatException($"line {number}: the first resolution {f} must also be expected");
        }

        return new JudgedQuery(number, cells[0], lang, expected, first, cells.Length > 4 ? cells[4] : string.Empty);
    }
}
