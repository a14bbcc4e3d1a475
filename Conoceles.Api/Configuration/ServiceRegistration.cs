namespace Conoceles.Api.Configuration;

using Conoceles.Application;
using Conoceles.Application.Common;
using Conoceles.Infrastructure;
using Conoceles.Infrastructure.Persistence;

/// <summary>The services the web host and the command line share.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddConoceles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMediator((Mediator.MediatorOptions o) =>
        {
            o.ServiceLifetime = ServiceLifetime.Scoped;
            o.PipelineBehaviors = [typeof(ValidationBehavior<,>)];
        });
        services.AddApplication();
        services.AddInfrastructure(configuration[$"{DatabaseOptions.SectionName}:Provider"] ?? "Sqlite");
        services.AddImports(configuration);
        services.AddScoped<Cli.Seeder>();
        return services;
    }

    public static async Task MigrateDatabaseAsync(this IHost host)
    {
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    }
}
