using System.Text.Json;

namespace Archive.Cli.Tests.Commands;

/// <summary>
/// An editor's revision of a copy of the seed imported by the command: <c>archive history</c> lists each revision with
/// its changes, <c>archive show --json</c> and <c>archive check-content</c> name the edited clause's translations outdated.
/// </summary>
public sealed class HistoryCommandTests
{
    [Fact]
    public async Task HistoryListsEachRevisionWithItsChanges_AndShowAndCheckContentNameTheOutdatedTranslations()
    {
        using var cli = new CliRun();
        var content = cli.CopyContent();
        var folder = Path.Combine(cli.Folder, "seeds", "wpi-congress-12");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(CliRun.Seed)!))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var seed = Path.Combine(folder, Path.GetFileName(CliRun.Seed));
        Assert.Equal(0, (await cli.RunAsync("import", seed, "--content", content)).Exit);
        var lines = (await File.ReadAllTextAsync(seed)).Split('\n').ToList();
        var b = lines.FindIndex(l => l.StartsWith("ب-", StringComparison.Ordinal));
        lines[b] = lines[b].TrimEnd('\r') + " و دیگر جاها";
        lines.Insert(b, "این بند تازه در بازنگری متن افزوده شده است و پیش از این نبود.");
        await File.WriteAllTextAsync(seed, string.Join('\n', lines));
        var import = await cli.RunAsync("import", seed, "--content", content);
        Assert.True(import.Exit == 0, import.Error);
        Assert.Contains("ids/wpi-congress-12.yml: written", import.Out, StringComparison.Ordinal);

        var history = await cli.RunAsync("history", "1", "--json");
        Assert.True(history.Exit == 0, history.Error);
        using var json = JsonDocument.Parse(history.Out);
        var revisions = json.RootElement.EnumerateArray().ToList();
        Assert.Equal([1, 2], revisions.Select(r => r.GetProperty("revision").GetInt32()));
        Assert.Equal(25, revisions[0].GetProperty("changes").GetArrayLength());
        var changes = revisions[1].GetProperty("changes").EnumerateArray().Select(c => (c.GetProperty("clause").GetString(), c.GetProperty("change").GetString())).ToList();
        Assert.Equal([("p5", "added"), ("b", "edited")], changes);
        Assert.True(revisions[1].TryGetProperty("importedAt", out _));
        var unchanged = await cli.RunAsync("history", "2", "--json");
        Assert.Single(JsonDocument.Parse(unchanged.Out).RootElement.EnumerateArray());

        using var show = JsonDocument.Parse((await cli.RunAsync("show", "1", "--json")).Out);
        var clause = show.RootElement.GetProperty("clauses").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "b");
        Assert.Equal(("outdated", "outdated"), (clause.GetProperty("translations").GetProperty("en").GetProperty("status").GetString(), clause.GetProperty("translations").GetProperty("de").GetProperty("status").GetString()));
        var check = await cli.RunAsync("check-content", "--content", content);
        Assert.Contains("clause 'b' is outdated: the original changed after this translation", check.Out + check.Error, StringComparison.Ordinal);

        var missing = await cli.RunAsync("history", "99");
        Assert.Equal(1, missing.Exit);
        Assert.Contains("there is no resolution 99", missing.Error, StringComparison.Ordinal);
    }
}
