using Archive.Core.Import;
using Archive.Core.Search;
using Archive.Core.Storage;
using Archive.Core.Texts.Languages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
        services.AddSingleton<LanguageRulesRegistry>();
        services.AddDbContextFactory<ArchiveDbContext>((sp, options) =>
            ArchiveDbOptions.Configure(options, sp.GetRequiredService<ArchiveLocations>(), sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.TestPauseInMigrationSeconds));
        services.AddSingleton<DatabaseSetupLock>();
        services.AddSingleton<ArchiveDatabase>();
        services.AddSingleton<ArchiveImporter>();
        services.AddSingleton<Catalog.ResolutionCatalog>();
        services.AddSingleton<Content.ContentFindingsStore>();
        services.AddSingleton<Catalog.TranslationCoverage>();
        services.AddArchiveSearch();
        return services;
    }
}
