using System.Text.Json;

namespace Archive.Cli.Tests.Commands;

/// <summary><c>archive show --json</c> gives each clause's translations with the clause's own status from its block marker.</summary>
public class ShowClauseStatusTests
{
    [Fact]
    public async Task ShowJsonGivesTheStatusOfTheBlockNotOfTheFile()
    {
        using var cli = new CliRun();
        var content = cli.CopyContent();
        var file = Path.Combine(content, "translations", "de", "wpi-congress-12", "02.md");
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("\n{#p2 source=", text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, text.Replace("\n{#p2 source=", "\n{#p2 status=approved source=", StringComparison.Ordinal));
        var import = await cli.RunAsync("import", CliRun.Seed, "--content", content);
        Assert.True(import.Exit == 0, import.Error);

        var show = await cli.RunAsync("show", "2", "--json");
        Assert.True(show.Exit == 0, show.Error);
        using var json = JsonDocument.Parse(show.Out);
        var statuses = json.RootElement.GetProperty("clauses").EnumerateArray().ToDictionary(
            c => c.GetProperty("id").GetString()!,
            c => (c.GetProperty("translations").GetProperty("de").GetProperty("status").GetString(), c.GetProperty("translations").GetProperty("en").GetProperty("status").GetString()),
            StringComparer.Ordinal);
        Assert.Equal(("approved", "draft"), statuses["p2"]);
        Assert.Equal(("draft", "draft"), statuses["p1"]);
    }

    [Fact]
    public async Task ImportRefusesABlockStatusThatIsNoStatus()
    {
        using var cli = new CliRun();
        var content = cli.CopyContent();
        var file = Path.Combine(content, "translations", "en", "wpi-congress-12", "02.md");
        var text = await File.ReadAllTextAsync(file);
        await File.WriteAllTextAsync(file, text.Replace("\n{#p1 source=", "\n{#p1 status=final source=", StringComparison.Ordinal));
        var import = await cli.RunAsync("import", CliRun.Seed, "--content", content);
        Assert.Equal(1, import.Exit);
        Assert.Contains("content/translations/en/wpi-congress-12/02.md", import.Error, StringComparison.Ordinal);
        Assert.Contains("status 'final' is not one of draft, reviewed, approved, outdated", import.Error, StringComparison.Ordinal);
    }
}
