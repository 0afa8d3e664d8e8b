using System.Globalization;
using System.Resources;

namespace Archive.Web.Tests.Ui;

/// <summary>The interface strings (Resources/SharedResource*.resx) as the built app holds them, in a language asked for.</summary>
internal static class InterfaceStrings
{
    private static readonly ResourceManager Resources = new("Archive.Web.Resources.SharedResource", typeof(Program).Assembly);

    public static string In(string language, string key) =>
        Resources.GetString(key, CultureInfo.GetCultureInfo(language)) ?? throw new KeyNotFoundException($"no interface string {key}");
}
