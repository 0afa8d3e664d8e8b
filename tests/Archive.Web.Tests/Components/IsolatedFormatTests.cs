using Archive.Web.Components.Shared;
using Bunit;

namespace Archive.Web.Tests.Components;

public class IsolatedFormatTests : BunitContext
{
    [Fact]
    public void EachValue_IsIsolatedInItsPlace_AndTheTextAroundItKept()
    {
        var text = Render<IsolatedFormat>(p => p
            .Add(x => x.Format, "removed by revision {0} on {1}.")
            .Add(x => x.Values, ["2", "2026-12-01 00:16 UTC"]));

        Assert.Equal(["2", "2026-12-01 00:16 UTC"], text.FindAll("bdi").Select(b => b.TextContent));
        Assert.Equal("removed by revision 2 on 2026-12-01 00:16 UTC.", text.Markup.Replace("<bdi>", "", StringComparison.Ordinal).Replace("</bdi>", "", StringComparison.Ordinal));
    }

    [Fact]
    public void APlaceholderWithoutAValue_IsShownAsWritten_AndDigitsOfTheTextAreNotPlaceholders()
    {
        var text = Render<IsolatedFormat>(p => p
            .Add(x => x.Format, "{0}1 of {1}")
            .Add(x => x.Values, ["فارسی"]));

        Assert.Equal(["فارسی", "{1}"], text.FindAll("bdi").Select(b => b.TextContent));
        Assert.StartsWith("<bdi>فارسی</bdi>1 of ", text.Markup, StringComparison.Ordinal);
    }
}
