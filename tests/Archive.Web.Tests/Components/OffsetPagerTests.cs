using System.Globalization;
using Archive.Web.Components.Shared;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Components;

public class OffsetPagerTests : BunitContext
{
    public OffsetPagerTests() => Services.AddLocalization(o => o.ResourcesPath = "Resources");

    [Fact]
    public void OnePage_RendersNoPager()
    {
        var pager = Render(offset: 0, total: 20);
        Assert.Empty(pager.FindAll("nav.pager"));
    }

    [Fact]
    public void FirstPage_LinksOnlyToTheNext()
    {
        var pager = Render(offset: 0, total: 45);
        Assert.Empty(pager.FindAll("a[rel=prev]"));
        Assert.Equal("/list?from=20", pager.Find("a[rel=next]").GetAttribute("href"));
    }

    [Fact]
    public void MiddlePage_LinksBothWays()
    {
        var pager = Render(offset: 20, total: 45);
        Assert.Equal("/list?from=0", pager.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/list?from=40", pager.Find("a[rel=next]").GetAttribute("href"));
    }

    [Fact]
    public void LastPage_LinksOnlyBack()
    {
        var pager = Render(offset: 40, total: 45);
        Assert.Equal("/list?from=20", pager.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Empty(pager.FindAll("a[rel=next]"));
    }

    [Fact]
    public void AnOffsetNotOnAPageBoundary_NeverLinksBeforeTheStart()
    {
        var pager = Render(offset: 5, total: 45);
        Assert.Equal("/list?from=0", pager.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/list?from=25", pager.Find("a[rel=next]").GetAttribute("href"));
    }

    private IRenderedComponent<OffsetPager> Render(int offset, int total) => Render<OffsetPager>(p => p
        .Add(x => x.Offset, offset)
        .Add(x => x.PageSize, 20)
        .Add(x => x.Total, total)
        .Add(x => x.Link, o => "/list?from=" + o.ToString(CultureInfo.InvariantCulture)));
}
