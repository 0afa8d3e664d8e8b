using Archive.Core.Content;
using Archive.Core.Import;

namespace Archive.Core.Tests.Content;

/// <summary>Block markers: a clause id, and optionally the block's own status and the warnings it accepts with a note.</summary>
public class TranslationFileParserTests
{
    private const string FrontMatter = "---\nresolution: 1\nlanguage: en\ntitle: \"T\"\nstatus: draft\ntranslator: \"X\"\ndate: 2026-11-24\n---\n\n";

    [Fact]
    public void ABlockMayCarryItsOwnStatusAndAcceptWarningsWithANote()
    {
        var diagnostics = new List<ImportDiagnostic>();
        var file = TranslationFileParser.Parse(FrontMatter + "{#p1}\nOne.\n\n{#a status=reviewed}\nTwo.\n\n{#b accept=length,sentences note=\"the original runs two items together\"}\nThree.\n", "en/01.md", diagnostics);
        Assert.Empty(diagnostics);
        Assert.Equal(
            [("p1", null, "", null), ("a", "reviewed", "", null), ("b", null, "length,sentences", "the original runs two items together")],
            file.Blocks.Select(b => (b.ClauseId, b.Status, string.Join(',', b.Accepted), b.Note)));
        Assert.Equal([10, 13, 16], file.Blocks.Select(b => b.Line));
    }

    [Theory]
    [InlineData("{#b accept=length}", "accept= needs a note")]
    [InlineData("{#b reviewer=me}", "unknown attribute 'reviewer'")]
    [InlineData("{#b note=two words}", "malformed clause marker")]
    public void AMalformedMarkerIsAnErrorOnItsLine(string marker, string expected)
    {
        var diagnostics = new List<ImportDiagnostic>();
        TranslationFileParser.Parse(FrontMatter + "{#p1}\nOne.\n\n" + marker + "\nTwo.\n", "en/01.md", diagnostics);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("en/01.md", 13, true), (error.File, error.Line, error.IsError));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
