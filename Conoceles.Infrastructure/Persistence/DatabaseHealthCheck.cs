namespace Conoceles.Infrastructure.Persistence;

using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

/// <summary>Ready when the configured database answers and has every migration applied.</summary>
internal sealed class DatabaseHealthCheck(IDbConnectionFactory connections, DatabaseMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await connections.OpenReadAsync(cancellationToken);
            await connection.ExecuteScalarAsync<int>(
                new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
            return await migrator.IsCurrentAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"{connections.Dialect.Name} reachable and migrated")
                : HealthCheckResult.Unhealthy($"{connections.Dialect.Name} has pending migrations");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{connections.Dialect.Name} unreachable", e);
        }
    }
}
