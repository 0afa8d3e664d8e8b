namespace Archive.Cli.Tests.Commands;

/// <summary><c>archive search</c> prints plain text in the terminal (no HTML entities) and says what else it searched; <c>--exact</c> searches only the typed words.</summary>
public class SearchPlainTextTests
{
    [Fact]
    public async Task Search_PrintsSnippetsAsPlainText_WithoutHtmlEntities()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", CliRun.Seed, "--content", CliRun.Content);
        var search = await cli.RunAsync("search", "\"workers'\"", "--lang", "en", "--exact", "--limit", "20");
        Assert.True(search.Exit == 0, search.Error);
        Assert.Contains("[workers]' ", search.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", search.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("&quot;", search.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", search.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_SaysWhatElseItSearched_AndExactTurnsThatOff()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", CliRun.Seed, "--content", CliRun.Content);
        var understood = await cli.RunAsync("search", "labor union");
        Assert.True(understood.Exit == 0, understood.Error);
        Assert.Contains("also searched: labor union → concept: ", understood.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?m)^0 matching clause", understood.Out);
        var exact = await cli.RunAsync("search", "labor union", "--exact");
        Assert.True(exact.Exit == 0, exact.Error);
        Assert.DoesNotContain("also searched", exact.Out, StringComparison.Ordinal);
    }
}
