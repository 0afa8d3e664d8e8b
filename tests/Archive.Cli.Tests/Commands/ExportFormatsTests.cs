using System.Text.Json;
using System.Xml.Linq;

namespace Archive.Cli.Tests.Commands;

/// <summary>
/// <c>archive export --format akn</c> writes one well-formed Akoma Ntoso 3.0 document per resolution and language with
/// the structure the standard requires; <c>--format csv</c> one row per clause and language.
/// </summary>
public class ExportFormatsTests
{
    private static readonly XNamespace Akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    [Fact]
    public async Task AkomaNtosoHasOneDocumentPerResolutionAndLanguageWithFrbrUrisAndAnEIdPerClause()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("import", CliRun.Seed, "--content", CliRun.Content)).Exit);
        var folder = Path.Combine(cli.Folder, "akn");
        var export = await cli.RunAsync("export", "--format", "akn", "--out", folder);
        Assert.True(export.Exit == 0, export.Error);

        var files = Directory.GetFiles(folder, "*.xml", SearchOption.AllDirectories);
        Assert.Equal(28 * 3, files.Length);
        foreach (var number in new[] { 1, 16, 28 })
        {
            using var show = JsonDocument.Parse((await cli.RunAsync("show", number.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json")).Out);
            var clauses = show.RootElement.GetProperty("clauses").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();
            foreach (var (language, code) in new[] { ("fa", "fas"), ("en", "eng"), ("de", "deu") })
            {
                var document = XDocument.Load(Path.Combine(folder, "wpi-congress-12", $"{number:00}.{language}.xml"));
                var statement = Assert.Single(document.Root!.Elements());
                Assert.Equal((Akn + "akomaNtoso", Akn + "statement", "resolution"), (document.Root.Name, statement.Name, (string?)statement.Attribute("name")));
                Assert.Equal([Akn + "meta", Akn + "preface", Akn + "mainBody"], statement.Elements().Select(e => e.Name));
                var identification = statement.Element(Akn + "meta")!.Element(Akn + "identification")!;
                Assert.Equal("#archive", (string?)identification.Attribute("source"));
                var work = $"/akn/ir/statement/resolution/wpi-congress-12/{number}";
                AssertLevel(identification, "FRBRWork", work + "/!main", work);
                AssertLevel(identification, "FRBRExpression", $"{work}/{code}@/!main", $"{work}/{code}@");
                AssertLevel(identification, "FRBRManifestation", $"{work}/{code}@/!main.xml", $"{work}/{code}@/!main.xml");
                Assert.Equal("ir", (string?)identification.Element(Akn + "FRBRWork")!.Element(Akn + "FRBRcountry")!.Attribute("value"));
                Assert.Equal(code, (string?)identification.Element(Akn + "FRBRExpression")!.Element(Akn + "FRBRlanguage")!.Attribute("language"));
                var references = statement.Element(Akn + "meta")!.Element(Akn + "references")!.Elements().Select(e => "#" + (string?)e.Attribute("eId")).ToHashSet(StringComparer.Ordinal);
                Assert.All(document.Descendants().Attributes().Where(a => a.Name.LocalName is "href" or "source" && a.Value.StartsWith('#')), a => Assert.Contains(a.Value, references));

                var parts = statement.Element(Akn + "mainBody")!.Elements().ToList();
                Assert.Equal(clauses, parts.Select(p => ((string)p.Attribute("eId")!).Split('_', 2)[1]));
                Assert.All(parts, p => Assert.False(string.IsNullOrWhiteSpace(p.Element(Akn + "content")!.Element(Akn + "p")!.Value)));
                Assert.All(parts, p => Assert.Equal(p.Name == Akn + "paragraph" ? "para" : "point", ((string)p.Attribute("eId")!).Split('_')[0]));
            }
        }
    }

    [Fact]
    public async Task CsvHasOneRowPerClauseAndLanguageUnderAHeader()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", CliRun.Seed, "--content", CliRun.Content);
        var file = Path.Combine(cli.Folder, "clauses.csv");
        Assert.Equal(0, (await cli.RunAsync("export", "--format", "csv", "--out", file)).Exit);

        var rows = CsvRows(await File.ReadAllTextAsync(file));
        Assert.Equal(["collection", "resolution", "clause", "ref", "url", "kind", "label", "language", "original", "status", "text"], rows[0]);
        Assert.All(rows, r => Assert.Equal(11, r.Count));
        Assert.Equal(89 * 3, rows.Count - 1);
        var english = rows.Single(r => r[3] == "wpi-congress-12/1:b" && r[7] == "en");
        Assert.Equal(("http://localhost:5080/wpi-congress-12/1/b", "(b)", "false", "draft"), (english[4], english[6], english[8], english[9]));
        Assert.StartsWith("The achievements of the workers' movement", english[10], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExportNeverWritesIntoAFolderThatHoldsFiles()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", CliRun.Seed);
        var folder = Directory.CreateDirectory(Path.Combine(cli.Folder, "taken")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "keep.txt"), "mine");

        var export = await cli.RunAsync("export", "--format", "akn", "--out", folder);

        Assert.Equal(1, export.Exit);
        Assert.Contains("already exists and is not an empty folder", export.Error, StringComparison.Ordinal);
        Assert.Equal(["keep.txt"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    private static void AssertLevel(XElement identification, string level, string self, string uri)
    {
        var element = identification.Element(Akn + level)!;
        Assert.Equal(self, (string?)element.Element(Akn + "FRBRthis")!.Attribute("value"));
        Assert.Equal(uri, (string?)element.Element(Akn + "FRBRuri")!.Attribute("value"));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string?)element.Element(Akn + "FRBRdate")!.Attribute("date"));
        Assert.NotNull(element.Element(Akn + "FRBRdate")!.Attribute("name"));
        Assert.StartsWith("#", (string?)element.Element(Akn + "FRBRauthor")!.Attribute("href"), StringComparison.Ordinal);
    }

    /// <summary>RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<List<string>> CsvRows(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++; }
            else { field.Append(c); }
        }

        Assert.False(quoted, "a quoted field is never closed");
        Assert.True(row.Count == 0 && field.Length == 0, "the last record does not end with CRLF");
        return rows;
    }
}
