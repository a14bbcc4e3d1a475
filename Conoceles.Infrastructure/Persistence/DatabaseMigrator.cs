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
            .Where(n => IsScriptOf(n, folder))
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
        var result = Engine().WithTransactionPerScript().Build().PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException($"Database migration failed: {result.Error.Message}", result.Error);

        foreach (var script in result.Scripts)
            logger.LogInformation("Applied migration {Script}", script.Name);

        if (connections.Dialect.AfterMigration is { } statement)
        {
            await using var connection = await connections.OpenWriteAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(statement, cancellationToken: cancellationToken));
        }
    }

    public Task<bool> IsCurrentAsync(CancellationToken cancellationToken) =>
        Task.FromResult(!Engine().Build().IsUpgradeRequired());

    private static bool IsScriptOf(string resourceName, string folder) =>
        resourceName.Contains($".Migrations.{folder}.", StringComparison.Ordinal);

    private UpgradeEngineBuilder Engine()
    {
        var target = connections.Dialect.Name == "SqlServer"
            ? DeployChanges.To.SqlDatabase(connections.PrimaryConnectionString)
            : DeployChanges.To.SqliteDatabase(connections.PrimaryConnectionString);
        var folder = connections.Dialect.MigrationFolder;
        return target.WithScriptsEmbeddedInAssembly(Scripts, n => IsScriptOf(n, folder)).LogToNowhere();
    }
}
