namespace Conoceles.Infrastructure.Persistence;

using System.Reflection;
using Dapper;
using DbUp;
using DbUp.Builder;
using Microsoft.Extensions.Logging;

/// <summary>Runs the numbered, forward-only scripts of the configured engine with DbUp.</summary>
public sealed class DatabaseMigrator(IDbConnectionFactory connections, ILogger<DatabaseMigrator> logger)
{
    private static readonly Assembly Scripts = typeof(DatabaseMigrator).Assembly;

    public static IReadOnlyList<string> ScriptNames(string folder) =>
        Scripts.GetManifestResourceNames()
            .Where(n => n.Contains($".Migrations.{folder}.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string ReadScript(string resourceName)
    {
        using var stream = Scripts.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var dialect = connections.Dialect;
        var target = Builder(dialect.Name, connections.PrimaryConnectionString);
        var result = target
            .WithScriptsEmbeddedInAssembly(Scripts, n => n.Contains($".Migrations.{dialect.MigrationFolder}."))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException($"Database migration failed: {result.Error.Message}", result.Error);

        foreach (var script in result.Scripts)
            logger.LogInformation("Applied migration {Script}", script.Name);

        if (dialect.AfterMigration is { } statement)
        {
            await using var connection = await connections.OpenWriteAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(statement, cancellationToken: cancellationToken));
        }
    }

    public async Task<bool> IsCurrentAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        var target = Builder(connections.Dialect.Name, connections.PrimaryConnectionString);
        return !target
            .WithScriptsEmbeddedInAssembly(Scripts, n => n.Contains($".Migrations.{connections.Dialect.MigrationFolder}."))
            .LogToNowhere()
            .Build()
            .IsUpgradeRequired();
    }

    private static UpgradeEngineBuilder Builder(string provider, string connectionString) => provider switch
    {
        "SqlServer" => DeployChanges.To.SqlDatabase(connectionString),
        _ => DeployChanges.To.SqliteDatabase(connectionString),
    };
}
