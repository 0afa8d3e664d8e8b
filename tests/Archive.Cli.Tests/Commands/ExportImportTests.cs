using System.Text.Json;

namespace Archive.Cli.Tests.Commands;

/// <summary>
/// <c>archive export --format json</c> and <c>archive import FILE.json</c>: the bundle restored into an empty database
/// gives every resolution back as it was, and a bad bundle writes nothing.
/// </summary>
public class ExportImportTests
{
    [Fact]
    public async Task AnExportImportedIntoAnEmptyDatabaseShowsEveryResolutionAlike()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("import", CliRun.Seed, "--content", CliRun.Content)).Exit);
        var bundle = Path.Combine(cli.Folder, "archive.json");
        var export = await cli.RunAsync("export", "--format", "json", "--out", bundle);
        Assert.True(export.Exit == 0, export.Error);

        var restoredDb = Path.Combine(cli.Folder, "restored.db");
        var import = await Run("import", bundle, "--db", restoredDb);
        Assert.True(import.Exit == 0, import.Error);
        Assert.Contains("28 resolutions, 89 clauses", import.Out, StringComparison.Ordinal);

        var numbers = JsonDocument.Parse((await cli.RunAsync("list", "--json")).Out).RootElement.EnumerateArray().Select(r => r.GetProperty("number").GetInt32()).ToList();
        Assert.Equal(28, numbers.Count);
        foreach (var n in numbers)
        {
            var original = await cli.RunAsync("show", n.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
            var restored = await Run("show", n.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json", "--db", restoredDb);
            Assert.Equal(original.Out, restored.Out);
        }

        var again = await Run("export", "--format", "json", "--out", Path.Combine(cli.Folder, "again.json"), "--db", restoredDb);
        Assert.Equal(0, again.Exit);
        Assert.Equal(WithoutExportTime(await File.ReadAllTextAsync(bundle)), WithoutExportTime(await File.ReadAllTextAsync(Path.Combine(cli.Folder, "again.json"))));
    }

    [Theory]
    [InlineData("{\"format\": \"something-else\", \"version\": 1, \"exportedAt\": \"2026-01-01T00:00:00Z\", \"languages\": [], \"collections\": [], \"topics\": [], \"glossary\": []}", "not an archive bundle")]
    [InlineData("{\"format\": \"archive-bundle\", \"version\": 9, \"exportedAt\": \"2026-01-01T00:00:00Z\", \"languages\": [], \"collections\": [], \"topics\": [], \"glossary\": []}", "bundle version 9 is not one this program reads")]
    [InlineData("{\"format\": \"archive-bundle\",", "not an archive bundle")]
    public async Task ABadBundleIsOneLineNamingTheFileAndNothingIsWritten(string json, string message)
    {
        using var cli = new CliRun();
        var file = Path.Combine(cli.Folder, "bad.json");
        await File.WriteAllTextAsync(file, json);

        var import = await cli.RunAsync("import", file);

        Assert.Equal(1, import.Exit);
        Assert.Contains(message, import.Error, StringComparison.Ordinal);
        Assert.Contains("bad.json", import.Error, StringComparison.Ordinal);
        Assert.Single(import.Error.TrimEnd('\n').Split('\n'));
        Assert.Equal("[]", (await cli.RunAsync("list", "--json")).Out.Trim());
    }

    [Fact]
    public async Task ABundleIsNotRestoredOverAnArchive()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", CliRun.Seed, "--content", CliRun.Content);
        var bundle = Path.Combine(cli.Folder, "archive.json");
        await cli.RunAsync("export", "--format", "json", "--out", bundle);

        var import = await cli.RunAsync("import", bundle);

        Assert.Equal(1, import.Exit);
        Assert.Contains("the database already holds an archive", import.Error, StringComparison.Ordinal);
    }

    private static string WithoutExportTime(string json) =>
        System.Text.RegularExpressions.Regex.Replace(json, "\"exportedAt\": \"[^\"]+\"", string.Empty);

    private static async Task<(int Exit, string Out, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ArchiveCli.RunAsync(args, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
