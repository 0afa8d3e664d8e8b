using System.Text;
using System.Text.Json;

namespace Archive.Cli.Tests.Commands;

public class CommandTests
{
    [Fact]
    public async Task ImportThenList_ShowsThe28ResolutionsWithTitlesAndClauseCounts()
    {
        using var cli = new CliRun();
        var import = await cli.RunAsync("import", CliRun.Seed, "--content", CliRun.Content);
        Assert.True(import.Exit == 0, import.Error);
        Assert.Contains("imported 28 resolutions, 89 clauses", import.Out, StringComparison.Ordinal);

        var list = await cli.RunAsync("list", "--json");
        using var json = JsonDocument.Parse(list.Out);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(28, rows.Count);
        Assert.Equal("قطعنامه در مورد ویژگیهای شرایط سیاسی حاضر و وظایف حزب", rows[0].GetProperty("title").GetString());
        Assert.Equal(25, rows[0].GetProperty("clauses").GetInt32());
        Assert.Equal("qatnameh", rows[0].GetProperty("kind").GetString());
        Assert.Equal("qarar", rows[27].GetProperty("kind").GetString());
        Assert.Equal(2, rows[27].GetProperty("clauses").GetInt32());
    }

    [Fact]
    public async Task ImportTwice_ReportsNoChange()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", CliRun.Seed, "--content", CliRun.Content);
        var again = await cli.RunAsync("import", CliRun.Seed, "--content", CliRun.Content);
        Assert.Equal(0, again.Exit);
        Assert.Contains("unchanged", again.Out, StringComparison.Ordinal);
        Assert.Contains("no change", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Json_HasClausesWithIdsLabelsKindsTranslationsAndTopics()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", CliRun.Seed, "--content", CliRun.Content);
        var show = await cli.RunAsync("show", "1", "--json");
        using var json = JsonDocument.Parse(show.Out);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("number").GetInt32());
        var clause = root.GetProperty("clauses")[1];
        Assert.Equal(("a", "الف", "lettered"), (clause.GetProperty("id").GetString(), clause.GetProperty("label").GetString(), clause.GetProperty("kind").GetString()));
        Assert.Equal("draft", clause.GetProperty("translations").GetProperty("de").GetProperty("status").GetString());
        Assert.Equal(3, root.GetProperty("topics").GetArrayLength());
    }

    [Fact]
    public async Task Show_UnknownNumber_FailsWithAMessage()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", CliRun.Seed, "--content", CliRun.Content);
        var show = await cli.RunAsync("show", "99");
        Assert.Equal(1, show.Exit);
        Assert.Contains("there is no resolution 99", show.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("list")]
    [InlineData("show", "1")]
    [InlineData("stats")]
    [InlineData("search", "کارگر")]
    public async Task ReadingCommand_OnADatabaseThatDoesNotExist_SaysToImportAndCreatesNothing(params string[] args)
    {
        using var cli = new CliRun();
        var run = await cli.RunAsync(args);
        Assert.Equal(1, run.Exit);
        Assert.StartsWith("error: there is no archive at ", run.Error, StringComparison.Ordinal);
        Assert.Contains("archive import", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.False(File.Exists(cli.Db), "a reading command created the database file");
    }

    [Fact]
    public async Task Import_BinaryFile_FailsNamingFileAndLineAndKeepsTheDatabase()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", CliRun.Seed, "--content", CliRun.Content);
        var before = (await cli.RunAsync("stats")).Out;
        var bad = cli.Write("bad.txt", [.. Encoding.UTF8.GetBytes("قرار در مورد آزمون\n"), 0, 0]);

        var import = await cli.RunAsync("import", bad);

        Assert.Equal(1, import.Exit);
        Assert.Contains("bad.txt:2: error: binary data", import.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was written", import.Error, StringComparison.Ordinal);
        Assert.Equal(before, (await cli.RunAsync("stats")).Out);
    }

    [Fact]
    public async Task CheckContent_RealContent_EnglishAndGermanCompleteWithoutErrors()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", CliRun.Seed, "--content", CliRun.Content);
        var check = await cli.RunAsync("check-content", "--content", CliRun.Content);
        Assert.True(check.Exit == 0, check.Error);
        Assert.Contains("en: 89/89 clauses (100", check.Out, StringComparison.Ordinal);
        Assert.Contains("de: 89/89 clauses (100", check.Out, StringComparison.Ordinal);
        Assert.Contains("0 error(s), 0 warning(s)", check.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("كارتون خواب‌ها", 2, "p2")]
    [InlineData("31 هزار دختر", 6, "p2")]
    [InlineData("خصوصی‌سازی", 1, "a")]
    public async Task Search_Json_FindsTheClauseWhateverTheSpelling(string query, int resolution, string clause)
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", CliRun.Seed, "--content", CliRun.Content);
        var search = await cli.RunAsync("search", query, "--json");
        Assert.True(search.Exit == 0, search.Error);
        using var json = JsonDocument.Parse(search.Out);
        var hit = json.RootElement.GetProperty("hits")[0];
        Assert.Equal((resolution, clause), (hit.GetProperty("resolution").GetInt32(), hit.GetProperty("clause").GetString()));
    }

    [Fact]
    public async Task Search_BadQuery_FailsWithAMessage()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", CliRun.Seed, "--content", CliRun.Content);
        var search = await cli.RunAsync("search", "\"open");
        Assert.Equal(1, search.Exit);
        Assert.Contains("closing quotation mark", search.Error, StringComparison.Ordinal);
    }
}
