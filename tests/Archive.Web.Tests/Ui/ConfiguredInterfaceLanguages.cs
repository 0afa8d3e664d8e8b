using Archive.Core.Texts.Languages;
using Archive.Web.Ui;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Archive.Web.Tests.Ui;

/// <summary>The interface languages as src/Archive.Web/appsettings.json sets them, for tests that build no app.</summary>
internal static class ConfiguredInterfaceLanguages
{
    public static IReadOnlyList<string> Codes { get; } = Read();

    public static InterfaceLanguages Languages { get; } =
        new(Options.Create(new WebOptions { InterfaceLanguages = Codes }), LanguageRulesRegistry.BuiltIn);

    private static string[] Read()
    {
        var settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Archive.Tests.RepositoryRoot.Path, "src", "Archive.Web", "appsettings.json"), optional: false, reloadOnChange: false)
            .Build();
        var codes = settings.GetSection(WebOptions.Section + ":" + nameof(WebOptions.InterfaceLanguages)).Get<string[]>();
        Assert.NotNull(codes);
        return codes;
    }
}
