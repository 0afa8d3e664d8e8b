using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Archive.Core;
using Archive.Web.Api;
using Archive.Web.Caching;
using Microsoft.AspNetCore.RateLimiting;
using Archive.Web.Components;
using Archive.Web.Startup;
using Microsoft.AspNetCore.Localization;

namespace Archive.Web;

/// <summary>Wires the archive's web app: services in <see cref="AddArchiveWeb"/>, the pipeline in <see cref="UseArchiveWeb"/>.</summary>
public static class ArchiveWebExtensions
{
    public static WebApplicationBuilder AddArchiveWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Hosting.StaticAssetFolders.UseBuildManifest(builder);
        var services = builder.Services;
        services.AddArchiveCore();
        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.Section).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<WebOptions>, WebOptionsValidation>();
        services.AddSingleton<Ui.InterfaceLanguages>();
        services.AddHostedService<ArchiveStartup>();
        services.AddSingleton<ArchiveHealth>();
        services.AddSingleton<OpenData.ExportDownloads>();
        services.AddSingleton<OpenData.SitemapPaths>();
        services.AddHostedService<SearchIndexMaintainer>();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        // Persian text stays Persian in the HTML instead of six-byte entities.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorComponents();
        services.AddOpenApi(ApiDocumentation.Configure);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict);
        services.AddPublicApiCors();
        services.AddArchiveOutputCache();
        services.AddSearchRateLimit();
        builder.WebHost.ConfigureKestrel(k =>
        {
            // Nothing is ever posted: a tiny body limit, and the default 8 KB request line bounds URLs.
            k.Limits.MaxRequestBodySize = 4096;
            k.AddServerHeader = false;
        });
        services.AddResponseCompression(o => o.EnableForHttps = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ApiProblem.Complete);
        return builder;
    }

    public static WebApplication UseArchiveWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            // A page's error is a page; the API's (inner, so it answers first) problem+json.
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseWhen(PublicApi.IsApi, api => api.UseExceptionHandler());
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseForwardedHeaders(ForwardedHeaders(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebOptions>>().Value));
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<ConditionalResponses>();
        app.UseResponseCompression();
        // A page's error status shows a page in the interface language; the API's (inner, so it answers first) problem+json.
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseWhen(PublicApi.IsApi, api => api.UseStatusCodePages());
        app.UseMiddleware<PageMethods>();
        app.UseRequestLocalization(LocalizationOptions(app.Services.GetRequiredService<Ui.InterfaceLanguages>()));
        app.UseAntiforgery();
        app.UseCors();
        app.UseRateLimiter();
        app.UseOutputCache();

        // Fingerprinted and immutable, negotiated per Accept-Encoding by the endpoints themselves: never output-cached.
        app.MapStaticAssets().CacheOutput(ArchiveOutputCache.NoCache).WithMetadata(ValidatorsOwnedByEndpoint.Instance);
        app.MapOpenApi("/openapi/{documentName}.json").AllowHead().RequireCors(PublicApi.CorsPolicy);
        app.MapResolutionApi();
        app.MapLegacyRedirects();
        app.MapSearchApi();
        app.MapCitationApi();
        OpenData.OpenDataEndpoints.MapOpenDataEndpoints(app);
        app.MapSiteEndpoints();
        OpenData.SitemapEndpoints.MapSitemapEndpoints(app);
        app.MapRazorComponents<App>()
            // Pages only read: no form posts back to them (Blazor maps pages for GET and POST by default).
            .Add(endpoint =>
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
                if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: "/search" })
                {
                    endpoint.Metadata.Add(new EnableRateLimitingAttribute(SearchRateLimit.Policy));
                }
            });
        return app;
    }

    private static ForwardedHeadersOptions ForwardedHeaders(WebOptions web)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
        };
        foreach (var proxy in web.KnownProxies)
        {
            options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        }

        return options;
    }

    private static RequestLocalizationOptions LocalizationOptions(Ui.InterfaceLanguages languages)
    {
        var cultures = languages.Codes.Select(c => new CultureInfo(c)).ToArray();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(languages.Default),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };
        // The same reading of ?ui= as the pages' (any case, any region: ?ui=EN and ?ui=en-US are English), so labels and lang/dir agree.
        options.RequestCultureProviders = [new CustomRequestCultureProvider(c => Task.FromResult<ProviderCultureResult?>(new(Ui.UiState.From(c).Ui)))];
        return options;
    }
}
