namespace Conoceles.Api.Configuration;

using Conoceles.Infrastructure.Configuration;
using Conoceles.Infrastructure.Import;

/// <summary>Catalogues and the readers of the known export layouts.</summary>
public static class ImportRegistration
{
    public const string CatalogDirectoryKey = "Catalogs:Directory";

    public static IServiceCollection AddImports(this IServiceCollection services, IConfiguration configuration)
    {
        var folder = RepositoryPaths.Resolve(configuration[CatalogDirectoryKey] ?? "../shared/data/catalogs");
        return services.AddImportReaders(folder);
    }
}
