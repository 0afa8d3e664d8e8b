using System.Globalization;
using Archive.Core.Catalog;
using Archive.Web.Components.Pages.Reader;
using Archive.Web.Tests.Ui;
using Archive.Web.Ui;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Components;

public class ClauseRowTests : BunitContext
{
    private static readonly IReadOnlyList<LanguageInfo> Languages =
    [
        new("fa", "فارسی", "Persian", "rtl", "هنوز ترجمه نشده", IsOriginal: true),
        new("en", "English", "English", "ltr", "Not translated yet", IsOriginal: false),
        new("de", "Deutsch", "German", "ltr", "Noch nicht übersetzt", IsOriginal: false),
        new("ar", "العربية", "Arabic", "rtl", "لم يترجم بعد", IsOriginal: false),
    ];

    private static readonly ClauseDetail Clause = new(
        "b",
        "ب",
        "lettered",
        "دستاوردهای جنبش کارگری",
        new Dictionary<string, ClauseTranslationDetail>(StringComparer.Ordinal)
        {
            ["en"] = new("The achievements of the workers' movement", "<p>The achievements of the <em>workers'</em> movement</p>", "draft", "Archive translation team"),
        });

    /// <summary>The interface languages as appsettings.json sets them.</summary>
    private static readonly InterfaceLanguages Interface = ConfiguredInterfaceLanguages.Languages;

    public ClauseRowTests() => Services.AddLocalization(o => o.ResourcesPath = "Resources");

    [Fact]
    public void Render_EachTranslationCarriesItsOwnLanguageAndDirection()
    {
        var row = Render(new UiState("fa", ["en", "ar"], ReaderLayout.Side) { Languages = Interface });

        Assert.Equal("b", row.Find("section.clause").Id);
        Assert.Equal(("fa", "rtl"), (row.Find(".original").GetAttribute("lang"), row.Find(".original").GetAttribute("dir")));
        var english = row.Find(".translation[lang=en]");
        Assert.Equal("ltr", english.GetAttribute("dir"));
        Assert.Contains("(b)", english.TextContent, StringComparison.Ordinal);
        Assert.Equal("workers'", english.QuerySelector("em")!.TextContent);
        var arabic = row.Find(".translation.missing");
        Assert.Equal(("ar", "rtl"), (arabic.GetAttribute("lang"), arabic.GetAttribute("dir")));
        Assert.Equal("لم يترجم بعد", arabic.TextContent.Trim());
    }

    [Fact]
    public void Render_OriginalOnly_ShowsNoTranslationPanel()
    {
        var row = Render(new UiState("fa", ["en"], ReaderLayout.Original) { Languages = Interface });
        Assert.Empty(row.FindAll(".translation"));
        Assert.DoesNotContain("has-translations", row.Find("section.clause").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CopyControls_CarryTheAnchorAndTheServersCitationVerbatim()
    {
        var row = Render(new UiState("en", ["en"], ReaderLayout.Side) { Languages = Interface });
        Assert.Equal("/wpi-congress-12/1?ui=en#b", row.Find("a[data-copy]").GetAttribute("data-copy"));
        var cite = row.Find("button[data-cite]");
        Assert.True(cite.HasAttribute("hidden"), "without script the citation button stays hidden");
        Assert.Equal("CITATION", cite.GetAttribute("data-cite"));
        Assert.Contains("Clause (b) of resolution 1", row.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InTheGermanInterface_LabelsTheClauseInGermanAndSaysTheMissingGermanTranslationIsNotThereYet()
    {
        var ui = Interface.Resolve("de");
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(ui);
        try
        {
            var row = Render(new UiState(ui, ["de"], ReaderLayout.Side) { Languages = Interface });

            Assert.Equal("de", ui);
            Assert.Equal("/wpi-congress-12/1?ui=de#b", row.Find("a[data-copy]").GetAttribute("data-copy"));
            Assert.Contains("Abschnitt (b) der Resolution 1", row.Markup, StringComparison.Ordinal);
            Assert.DoesNotContain("Clause (b)", row.Markup, StringComparison.Ordinal);
            var german = row.Find(".translation.missing");
            Assert.Equal(("de", "ltr"), (german.GetAttribute("lang"), german.GetAttribute("dir")));
            Assert.Equal("Noch nicht übersetzt", german.TextContent.Trim());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private IRenderedComponent<ClauseRow> Render(UiState ui) => Render<ClauseRow>(p => p
        .Add(x => x.Reference, new Archive.Core.Texts.TextRef("wpi-congress-12", 1))
        .Add(x => x.Clause, Clause)
        .Add(x => x.Lang, "fa")
        .Add(x => x.Dir, "rtl")
        .Add(x => x.Ui, ui)
        .Add(x => x.Languages, Languages)
        .Add(x => x.Anchor, ui.Link("/wpi-congress-12/1", "b"))
        .Add(x => x.Citation, "CITATION"));
}
