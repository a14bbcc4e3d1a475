namespace Conoceles.Api.Configuration;

/// <summary>Catalogues and the readers of the known export layouts.</summary>
public static class ImportRegistration
{
    public const string CatalogDirectoryKey = "Catalogs:Directory";

    public static IServiceCollection AddImports(this IServiceCollection services, IConfiguration configuration)
    {
        var folder = Path.GetFullPath(configuration[CatalogDirectoryKey] ?? "../shared/data/catalogs");
        _ = folder;
        return services;
    }
}
