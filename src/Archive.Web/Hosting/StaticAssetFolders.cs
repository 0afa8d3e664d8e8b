using System.Text.Json;

namespace Archive.Web.Hosting;

/// <summary>
/// Where the app finds its static files, wherever it is started from. A published build carries them in
/// <c>wwwroot/</c> beside <c>Archive.Web.dll</c>: that folder is the content root (so <c>appsettings.json</c> beside
/// the program is read too) unless <c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c> names another. A build that
/// was not published (<c>dotnet run</c>, in any environment) finds them through the build's static web assets
/// manifest. Before serving, every file the static asset endpoints name must be there, or the app refuses to start.
/// </summary>
public static class StaticAssetFolders
{
    private static string PublishedWebRoot => Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>True for a published build: its static files lie in <c>wwwroot/</c> beside the program.</summary>
    public static bool IsPublished => Directory.Exists(PublishedWebRoot);

    public static WebApplicationOptions HostOptions(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!IsPublished || ContentRootGiven(args))
        {
            return new WebApplicationOptions { Args = args };
        }

        return new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory, WebRootPath = PublishedWebRoot };
    }

    /// <summary>Outside Development (where ASP.NET Core does it itself), a build that was not published reads its build manifest.</summary>
    public static void UseBuildManifest(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var manifest = RuntimeManifest(builder.Environment.ApplicationName);
        if (!IsPublished && !builder.Environment.IsDevelopment() && File.Exists(manifest) && ContentRootsReadable(manifest))
        {
            builder.WebHost.UseStaticWebAssets();
        }
    }

    /// <summary>One line naming the first static file the endpoints serve that is not in the web root, or null when all are there.</summary>
    public static string? Problem(IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var manifest = Path.Combine(AppContext.BaseDirectory, $"{environment.ApplicationName}.staticwebassets.endpoints.json");
        if (!File.Exists(manifest))
        {
            return $"error: the static files' manifest {manifest} is missing; publish the app with 'dotnet publish src/Archive.Web -c Release -o DIR' and start DIR/Archive.Web.dll.";
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(manifest));
        foreach (var endpoint in json.RootElement.GetProperty("Endpoints").EnumerateArray())
        {
            var file = endpoint.GetProperty("AssetFile").GetString() ?? string.Empty;
            if (!environment.WebRootFileProvider.GetFileInfo(file).Exists)
            {
                return $"error: the static file {file} is not in {environment.WebRootPath ?? Path.Combine(environment.ContentRootPath, "wwwroot")}; start the published build (its wwwroot/ lies beside Archive.Web.dll) or set --contentRoot to the folder that holds wwwroot/.";
            }
        }

        return null;
    }

    /// <summary>
    /// Whether every folder the build manifest serves from can be read: a build started by another user (a service account)
    /// may not reach the builder's package folder, and is then refused by <see cref="Problem"/> with one line instead of
    /// failing inside ASP.NET Core with a stack trace.
    /// </summary>
    private static bool ContentRootsReadable(string manifest)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(manifest));
        return !json.RootElement.TryGetProperty("ContentRoots", out var roots)
            || roots.EnumerateArray().All(r => Directory.Exists(r.GetString()));
    }

    private static string RuntimeManifest(string applicationName) =>
        Path.Combine(AppContext.BaseDirectory, $"{applicationName}.staticwebassets.runtime.json");

    private static bool ContentRootGiven(string[] args) =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"))
        || args.Any(a => a.Contains("contentRoot", StringComparison.OrdinalIgnoreCase));
}
