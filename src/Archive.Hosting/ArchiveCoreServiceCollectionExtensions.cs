using Archive.Core.Import;
using Archive.Core.Search;
using Archive.Core.Storage;
using Archive.Core.Texts.Languages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Archive.Core;

public static class ArchiveCoreServiceCollectionExtensions
{
    /// <summary>Registers the archive's options, database, importer and text services.</summary>
    public static IServiceCollection AddArchiveCore(this IServiceCollection services)
    {
        services.AddOptions<ArchiveOptions>().BindConfiguration(ArchiveOptions.Section).ValidateOnStart();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ArchiveOptions>, ArchiveOptionsValidation>();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, ArchiveOptionsValidation>();
        services.AddSingleton<ArchiveLocations>();
        services.AddSingleton<LanguageRules>(PersianRules.Instance);
        services.AddSingleton<LanguageRules>(SoraniRules.Instance);
        services.AddSingleton<LanguageRulesRegistry>();
        services.AddDbContextFactory<ArchiveDbContext>((sp, options) =>
            ArchiveDbOptions.Configure(options, sp.GetRequiredService<ArchiveLocations>(), sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.TestPauseInMigrationSeconds));
        services.AddSingleton<DatabaseSetupLock>();
        services.AddSingleton<ArchiveDatabase>();
        services.AddSingleton<ArchiveImporter>();
        services.AddSingleton<Catalog.ResolutionCatalog>();
        services.AddSingleton<Catalog.RevisionCatalog>();
        services.AddSingleton<Catalog.CollectionCatalog>();
        services.AddSingleton<Content.ContentFindingsStore>();
        services.AddSingleton<Catalog.TranslationCoverage>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<Citations.CitationOptions>().BindConfiguration(Citations.CitationOptions.Section)
            .Validate(o => o.SiteUrl.IsAbsoluteUri && o.SiteUrl.Scheme is "http" or "https", $"{Citations.CitationOptions.Section}:SiteUrl must be an absolute http or https address");
        services.AddSingleton<Citations.CollectionDescriptions>();
        services.AddSingleton<Citations.CitationSources>();
        services.AddSingleton<Exports.BundleExporter>();
        services.AddSingleton<Exports.BundleRestorer>();
        services.AddSingleton<Feeds.ArchiveChanges>();
        services.AddArchiveSearch();
        return services;
    }
}
