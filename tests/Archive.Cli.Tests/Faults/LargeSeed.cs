using System.Globalization;
using System.Text;
using Archive.Core.Import;
using Archive.Core.Texts.Languages;

namespace Archive.Cli.Tests.Faults;

/// <summary>The real seed's resolutions repeated, each copy's headings marked with its number, for an import that takes a while.</summary>
internal static class LargeSeed
{
    public static string Build(int copies)
    {
        var lines = SeedParser.SplitLines(File.ReadAllText(CliRun.Seed)).ToList();
        var sb = new StringBuilder();
        for (var copy = 1; copy <= copies; copy++)
        {
            foreach (var line in lines)
            {
                sb.Append(line);
                if (HeadingLine.TryMatch(line.Trim(), PersianRules.Instance, out _))
                {
                    sb.Append(CultureInfo.InvariantCulture, $" (تکرار {copy})");
                }

                sb.Append('\n');
            }
        }

        return sb.ToString();
    }
}
