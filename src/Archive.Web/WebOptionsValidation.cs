using System.Net;
using Archive.Core.Texts.Languages;
using Microsoft.Extensions.Options;

namespace Archive.Web;

/// <summary>Checks the <c>Archive:Web</c> settings when the site starts; each failure names its key and what it must be.</summary>
internal sealed class WebOptionsValidation : IValidateOptions<WebOptions>
{
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.InterfaceLanguages.Count == 0 || !options.InterfaceLanguages.All(LanguageRulesRegistry.IsLanguageCode))
        {
            failures.Add($"{WebOptions.Section}:{nameof(WebOptions.InterfaceLanguages)} must list at least one language code, the default first");
        }

        if (options.SearchPermitsPerMinute < 0)
        {
            failures.Add($"{WebOptions.Section}:{nameof(WebOptions.SearchPermitsPerMinute)} must be 0 (no limit) or more");
        }

        if (options.SearchBurst < 0)
        {
            failures.Add($"{WebOptions.Section}:{nameof(WebOptions.SearchBurst)} must be 0 or more");
        }

        if (options.CacheSeconds < 0)
        {
            failures.Add($"{WebOptions.Section}:{nameof(WebOptions.CacheSeconds)} must be 0 or more");
        }

        if (options.ListPageSize is < 1 or > WebOptions.MaxListPageSize)
        {
            failures.Add($"{WebOptions.Section}:{nameof(WebOptions.ListPageSize)} must be from 1 to {WebOptions.MaxListPageSize}");
        }

        if (options.SitemapUrlsPerFile is < 1 or > WebOptions.MaxSitemapUrlsPerFile)
        {
            failures.Add($"{WebOptions.Section}:{nameof(WebOptions.SitemapUrlsPerFile)} must be from 1 to {WebOptions.MaxSitemapUrlsPerFile} (the sitemap protocol's limit)");
        }

        foreach (var proxy in options.KnownProxies)
        {
            if (!IPAddress.TryParse(proxy, out _))
            {
                failures.Add($"{WebOptions.Section}:{nameof(WebOptions.KnownProxies)} holds '{proxy}', which is not an IP address");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
