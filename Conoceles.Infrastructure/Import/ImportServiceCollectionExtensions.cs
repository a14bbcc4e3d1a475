namespace Conoceles.Infrastructure.Import;

using Conoceles.Application.Geography;
using Conoceles.Application.Imports;
using Conoceles.Infrastructure.Catalogs;
using Conoceles.Infrastructure.Import.Mapping;
using Conoceles.Infrastructure.Import.Vocabulary;
using Microsoft.Extensions.DependencyInjection;

public static class ImportServiceCollectionExtensions
{
    /// <summary>
    /// Registers the geography catalogue (<see cref="IGeographyCatalog"/>, singleton), the party
    /// catalogue, the <see cref="IManifestReader"/> and the <see cref="IDatasetReader"/> of
    /// every known layout. An absent <paramref name="catalogFolder"/> gives empty catalogues.
    /// </summary>
    public static IServiceCollection AddImportReaders(
        this IServiceCollection services, string catalogFolder, string? aliasFolder = null)
    {
        services.AddSingleton<IGeographyCatalog>(_ => GeographyCatalog.Load(catalogFolder, aliasFolder));
        services.AddSingleton(_ => PartyCatalog.Load(catalogFolder));
        services.AddSingleton(_ => ImportVocabulary.Load(aliasFolder));
        services.AddSingleton<ImportServices>();
        services.AddSingleton<IManifestReader, ManifestReader>();
        services.AddSingleton(sp => ImportReaders.Create(sp.GetRequiredService<ImportServices>()));
        return services;
    }
}
