using System.Globalization;
using Archive.Web.Ui;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Archive.Web.Tests.Ui;

public class CountTextTests
{
    private static readonly IStringLocalizer Strings = new ServiceCollection()
        .AddLogging()
        .AddLocalization(o => o.ResourcesPath = "Resources")
        .BuildServiceProvider()
        .GetRequiredService<IStringLocalizer<SharedResource>>();

    [Theory]
    [InlineData("de", "ClauseCount", 1, "1 Abschnitt")]
    [InlineData("de", "ClauseCount", 2, "2 Abschnitte")]
    [InlineData("de", "ClauseCount", 0, "0 Abschnitte")]
    [InlineData("de", "ResolutionCount", 1, "1 Resolution")]
    [InlineData("de", "Results", 21, "21 passende Abschnitte")]
    [InlineData("en", "ClauseCount", 1, "1 clause")]
    [InlineData("en", "Results", 1, "1 matching clause")]
    [InlineData("en", "ResolutionCount", 28, "28 resolutions")]
    [InlineData("fa", "ClauseCount", 1, "۱ بند")]
    [InlineData("fa", "ResolutionCount", 28, "۲۸ قطعنامه")]
    [InlineData("de", "Kilobytes", 1, "1 KB")]
    public void ACount_ReadsInTheInterfaceLanguage_WithItsFormForOne(string ui, string key, int count, string expected)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(ui);
        try
        {
            var state = new UiState(ui, [], ReaderLayout.Side) { Languages = ConfiguredInterfaceLanguages.Languages };
            Assert.Equal(expected, CountText.Of(Strings, state, key, count));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
