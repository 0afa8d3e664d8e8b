using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Archive.Web.Tests.Browser;

/// <summary>
/// The app on a real Kestrel port on 127.0.0.1 and Debian's Chromium driven by Playwright (never a downloaded browser).
/// Screenshots go to artifacts/screenshots/ at the repository root.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? _playwright;

    public ArchiveWebFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = string.Empty;

    public static string Screenshots { get; } = Path.Combine(ArchiveWebFactory.RepositoryRoot, "artifacts", "screenshots");

    public static string AxeScript => File.ReadAllText(Path.Combine(ArchiveWebFactory.RepositoryRoot, "tests", "Archive.Web.Tests", "node_modules", "axe-core", "axe.min.js"));

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), "Chromium is missing: tests/run.sh installs Debian's chromium package");
        App.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await App.WaitForSearchAsync();
        Directory.CreateDirectory(Screenshots);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh page of the given width, allowed to use the clipboard and to inject axe-core despite the CSP.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BypassCSP = true,
        });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new BrowserContextGrantPermissionsOptions { Origin = BaseUrl });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
