using Archive.Core.Content.Checks;
using Archive.Core.Import;

namespace Archive.Core.Tests.Content.Checks;

/// <summary>A clause's Markdown renders to text, emphasis and links; anything else is an error, a dropped link a warning.</summary>
public class MarkdownCheckTests
{
    private const string Original = "کنگره دوازدهم حزب از اعتراضات و مطالبات برحق ساکنین مناطق حاشیه نشین حمایت میکند";

    [Theory]
    [InlineData("The Twelfth Congress of the Party *supports* the protests of the [residents](https://example.org/slums).", "", DiagnosticSeverity.Warning)]
    [InlineData("The Twelfth Congress of the Party supports\nthe protests of the residents.", "", DiagnosticSeverity.Warning)]
    [InlineData("# The Twelfth Congress of the Party supports the protests", "heading", DiagnosticSeverity.Error)]
    [InlineData("- The Twelfth Congress of the Party supports the protests", "list", DiagnosticSeverity.Error)]
    [InlineData("> The Twelfth Congress of the Party supports the protests", "quote", DiagnosticSeverity.Error)]
    [InlineData("    The Twelfth Congress of the Party supports the protests", "code block", DiagnosticSeverity.Error)]
    [InlineData("The Twelfth Congress of the Party `supports` the protests", "inline code", DiagnosticSeverity.Error)]
    [InlineData("The Twelfth Congress ![supports](https://example.org/x.png) the protests", "image", DiagnosticSeverity.Error)]
    [InlineData("The Twelfth Congress\n\n---\n\nsupports the protests", "horizontal rule", DiagnosticSeverity.Error)]
    [InlineData("The Twelfth Congress [supports](javascript:alert(1)) the protests", "is dropped", DiagnosticSeverity.Warning)]
    public void AClauseRendersToTextAndLinksOnly(string markdown, string expected, DiagnosticSeverity severity)
    {
        var found = new MarkdownCheck().Check(ClauseUnderCheck.Of("en", Original, markdown)).ToList();
        CheckAssert.Reports(found, "markdown", expected, severity);
    }
}
