using Archive.Tests.Citations;

namespace Archive.Cli.Tests.Commands;

/// <summary><c>archive cite</c> prints entries that reference managers read, linking to the canonical page.</summary>
public class CiteCommandTests
{
    [Fact]
    public async Task CiteAClausePrintsValidBibtexRisAndCslJsonWithTheCanonicalLink()
    {
        using var cli = new CliRun();
        var import = await cli.RunAsync("import", CliRun.Seed, "--content", CliRun.Content);
        Assert.True(import.Exit == 0, import.Error);

        var bibtex = await cli.RunAsync("cite", "1:b", "--format", "bibtex");
        var ris = await cli.RunAsync("cite", "1:b", "--format", "ris");
        var csl = await cli.RunAsync("cite", "1:b", "--format", "csl-json");
        var apa = await cli.RunAsync("cite", "1", "--format", "apa", "--lang", "fa");
        var named = await cli.RunAsync("cite", "wpi-congress-12/1:b", "--format", "bibtex");

        Assert.True(bibtex.Exit == 0, bibtex.Error);
        Assert.Equal("http://localhost:5080/wpi-congress-12/1/b", Assert.Single(BibtexReader.Read(bibtex.Out)).Fields["url"]);
        Assert.True(named.Exit == 0, named.Error);
        Assert.Equal(bibtex.Out, named.Out);
        Assert.Contains(("UR", "http://localhost:5080/wpi-congress-12/1/b"), Assert.Single(RisReader.Read(ris.Out)));
        Assert.Equal("http://localhost:5080/wpi-congress-12/1/b", Assert.Single(CslJsonCheck.Items(csl.Out)).GetProperty("URL").GetString());
        Assert.StartsWith("حزب کمونیست کارگری. (بی‌تا).", apa.Out, StringComparison.Ordinal);
        Assert.EndsWith("http://localhost:5080/wpi-congress-12/1\n", apa.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1:b", "mla", "error: --format 'mla' is not one of bibtex, ris, csl-json, chicago, apa")]
    [InlineData("b:1", "ris", "error: ref 'b:1' is not a reference: give a resolution such as 1 or wpi-congress-12/1, or a clause such as 1:b or wpi-congress-12/1:b")]
    [InlineData("1:zz", "ris", "error: resolution wpi-congress-12/1 has no clause 'zz'")]
    [InlineData("99", "ris", "error: there is no resolution wpi-congress-12/99")]
    [InlineData("no-such-collection/1", "ris", "error: there is no resolution no-such-collection/1")]
    public async Task ABadReferenceOrFormatIsOneLineNamingItAndExitOne(string reference, string format, string message)
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", CliRun.Seed, "--content", CliRun.Content);

        var cite = await cli.RunAsync("cite", reference, "--format", format);

        Assert.Equal(1, cite.Exit);
        Assert.Empty(cite.Out);
        Assert.StartsWith(message, cite.Error, StringComparison.Ordinal);
        Assert.Single(cite.Error.TrimEnd('\n').Split('\n'));
    }
}
