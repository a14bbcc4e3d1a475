namespace Conoceles.Infrastructure;

using Conoceles.Application.Candidacies;
using Conoceles.Application.Contests;
using Conoceles.Application.Geography;
using Conoceles.Application.Imports;
using Conoceles.Application.Processes;
using Conoceles.Infrastructure.Exports;
using Conoceles.Infrastructure.Persistence;
using Conoceles.Infrastructure.Persistence.Stores;
using Microsoft.Extensions.DependencyInjection;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string provider)
    {
        TypeHandlers.Register();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateOnStart();
        if (string.Equals(provider, "SqlServer", StringComparison.OrdinalIgnoreCase))
            services.AddSingleton<IDbConnectionFactory, SqlServerConnectionFactory>();
        else
            services.AddSingleton<IDbConnectionFactory, SqliteConnectionFactory>();

        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<IDataVersionStore, DataVersionStore>();
        services.AddScoped<IProcessReadStore, ProcessReadStore>();
        services.AddScoped<ICandidacyReadStore, CandidacyReadStore>();
        services.AddScoped<IImportWriter, ImportWriter>();
        services.AddOpenData();
        services.AddScoped<IProcessPartsReadStore, ProcessPartsReadStore>();
        services.AddScoped<IGeographyReadStore, GeographyReadStore>();
        services.AddScoped<IContestReadStore, ContestReadStore>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }
}
