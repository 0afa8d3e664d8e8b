using Archive.Core.Import;
using Archive.Core.Texts;

namespace Archive.Core.Tests.Import;

public class MarkdownSeedParserTests
{
    private const string Good = """
        ---
        resolution: 3
        kind: qarar
        ---
        # Decision on the fund

        {#p1}
        The conference founds a fund.

        {#a label="ا"}
        First item,
        on two lines.

        {#12}
        A numbered item.
        """;

    [Fact]
    public void Parse_AStructuredResolution_GivesItsNumberKindHeadingAndLabelledClauses()
    {
        var result = MarkdownSeedParser.Parse(Good, "seeds/x/03.md");
        Assert.False(result.HasErrors, string.Join('\n', result.Diagnostics));
        var r = Assert.Single(result.Resolutions);
        Assert.Equal((3, ResolutionKind.Qarar, "Decision on the fund"), (r.Number, r.Kind, r.Heading));
        Assert.Equal(
            [("p1", ClauseKind.Paragraph, "", "The conference founds a fund."), ("a", ClauseKind.Lettered, "ا", "First item,\non two lines."), ("12", ClauseKind.Numbered, "12", "A numbered item.")],
            r.Clauses.Select(c => (c.Id, c.Kind, c.Label, c.Text)));
    }

    [Theory]
    [InlineData("# no front matter\n", 1, "front matter")]
    [InlineData("---\nresolution: 0\n---\n# H\n{#p1}\nx\n", 2, "'resolution' must be")]
    [InlineData("---\nresolution: 1\nkind: other\n---\n# H\n{#p1}\nx\n", 2, "kind 'other'")]
    [InlineData("---\nresolution: 1\n---\n{#p1}\nx\n", 4, "no heading")]
    [InlineData("---\nresolution: 1\n---\n# H\nloose text\n", 5, "text outside a clause")]
    [InlineData("---\nresolution: 1\n---\n# H\n{#B!}\nx\n", 5, "malformed clause marker")]
    [InlineData("---\nresolution: 1\n---\n# H\n{#a}\nx\n{#a}\ny\n", 7, "appears twice")]
    [InlineData("---\nresolution: 1\n---\n# H\n{#a}\n", 5, "has no text")]
    [InlineData("---\nresolution: [\n---\n# H\n", 2, "malformed front matter")]
    public void Parse_ABadFile_NamesTheLineAndWhatIsWrong(string text, int line, string message)
    {
        var result = MarkdownSeedParser.Parse(text, "seeds/x/01.md");
        var error = result.Diagnostics.First(d => d.IsError);
        Assert.Equal(("seeds/x/01.md", line), (error.File, error.Line));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Resolutions);
    }
}
