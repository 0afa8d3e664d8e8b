using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;

namespace Archive.Web.Tests.Hosting;

/// <summary>
/// The deployment of docs/deployment.md: the published build, started from another folder, serves every static file
/// its pages name whole and with its type, with and without compression, with and without a query string.
/// </summary>
public partial class PublishedBuildTests
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        [".css"] = "text/css",
        [".js"] = "text/javascript",
        [".woff2"] = "font/woff2",
        [".ico"] = "image/x-icon",
    };

    [Fact]
    public async Task PublishedBuild_StartedFromAnotherFolder_ServesEveryAssetWholeWithItsType()
    {
        await using var app = await PublishedBuild.StartAsync();
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = app.BaseAddress };
        await app.WaitUntilHealthyAsync(client);

        var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var assets = AssetReference().Matches(home).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        var css = assets.Single(a => a.EndsWith(".css", StringComparison.Ordinal));
        var fonts = FontReference().Matches(await client.GetStringAsync(new Uri("/" + css, UriKind.Relative)))
            .Select(m => "fonts/" + m.Groups[1].Value).ToList();
        Assert.Contains(assets, a => a.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".ico", StringComparison.Ordinal));
        Assert.Equal(6, fonts.Count);

        foreach (var asset in assets.Concat(fonts))
        {
            var file = await File.ReadAllBytesAsync(Path.Combine(app.Folder, "wwwroot", Unfingerprinted().Replace(asset, string.Empty)));
            // Compressed first, then plain on the same URL: a cache must never hand the gzip bytes to the plain request.
            foreach (var (query, gzip) in new[] { ("", false), ("?x=1", true), ("?x=1", false), ("", true) })
            {
                var what = $"{asset}{query} ({(gzip ? "gzip" : "plain")})";
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/" + asset + query, UriKind.Relative));
                if (gzip)
                {
                    request.Headers.AcceptEncoding.ParseAdd("gzip");
                }

                using var response = await client.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{what}: {(int)response.StatusCode}");
                Assert.Equal(Types[Path.GetExtension(asset)], response.Content.Headers.ContentType?.MediaType);
                var body = await response.Content.ReadAsByteArrayAsync();
                Assert.True(body.Length > 0, $"{what}: empty");
                var encoding = string.Join(',', response.Content.Headers.ContentEncoding);
                Assert.True(gzip || encoding.Length == 0, $"{what}: Content-Encoding '{encoding}' though none was asked for");
                Assert.True(file.AsSpan().SequenceEqual(encoding == "gzip" ? Gunzip(body) : body), $"{what}: the bytes differ from wwwroot");
            }
        }
    }

    [Fact]
    public async Task PublishedBuild_WithoutItsStaticFiles_RefusesToStartNamingTheFolder()
    {
        var empty = Directory.CreateTempSubdirectory("archive-empty-root-").FullName;
        try
        {
            await using var app = await PublishedBuild.StartAsync("--contentRoot", empty);
            await app.WaitForExitAsync(TimeSpan.FromMinutes(1));
            Assert.Equal(1, app.ExitCode);
            var message = app.Output.Trim();
            Assert.Single(message.Split('\n'));
            Assert.StartsWith("error: the static file ", message, StringComparison.Ordinal);
            Assert.Contains(Path.Combine(empty, "wwwroot"), message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    private static byte[] Gunzip(byte[] body)
    {
        using var input = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    [GeneratedRegex("(?:href|src)=\"([^\"?#]+\\.(?:css|js|ico|woff2))\"")]
    private static partial Regex AssetReference();

    [GeneratedRegex("url\\(\"\\.\\./fonts/([^\"]+\\.woff2)\"\\)")]
    private static partial Regex FontReference();

    /// <summary>The fingerprint MapStaticAssets puts before the extension: <c>site.ea5khrnpl8.css</c> is <c>site.css</c>.</summary>
    [GeneratedRegex("\\.[a-z0-9]{10}(?=\\.[a-z0-9]+$)")]
    private static partial Regex Unfingerprinted();
}
