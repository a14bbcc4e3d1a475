namespace Conoceles.Infrastructure.Exports;

using Conoceles.Application.Exports;
using Conoceles.Application.Statistics;
using Conoceles.Infrastructure.Persistence.Stores.Statistics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

public static class OpenDataRegistration
{
    /// <summary>Statistics and open-data exports: stores, file writers and the suppression threshold.</summary>
    public static IServiceCollection AddOpenData(this IServiceCollection services)
    {
        services.AddOptions<StatisticsOptions>().BindConfiguration(StatisticsOptions.SectionName)
            .Validate(o => o.SuppressionThreshold >= 1, "Statistics:SuppressionThreshold must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<StatisticsOptions>>().Value);
        services.AddScoped<IStatisticsReadStore, StatisticsReadStore>();
        services.AddScoped<IExportReadStore, ExportReadStore>();
        services.AddSingleton<ExportVersionMemo>();
        services.AddScoped<IExportFileWriter, ExportFileWriter>();
        return services;
    }
}
