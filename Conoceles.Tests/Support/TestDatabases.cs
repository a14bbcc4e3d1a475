namespace Conoceles.Tests.Support;

using Microsoft.Data.SqlClient;
using Testcontainers.MsSql;

/// <summary>
/// The engines the database-backed suites run on: SQLite always; SQL Server where
/// CONOCELES_TEST_SQLSERVER names a server or a Docker engine can start one.
/// </summary>
public static class TestDatabases
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
    public const string ServerVariable = "CONOCELES_TEST_SQLSERVER";
    public const string ImageVariable = "CONOCELES_TEST_SQLSERVER_IMAGE";
    private const string DefaultImage = "mcr.microsoft.com/mssql/server:2022-latest";

    private static readonly Lazy<Task<(string? Server, string Reason)>> Server = new(StartServerAsync);

    public static IEnumerable<string> Providers => [Sqlite, SqlServer];

    /// <summary>A connection string to a new, empty database; skips the caller where no server is there.</summary>
    public static async Task<string> NewSqlServerDatabaseAsync()
    {
        var (server, reason) = await Server.Value;
        if (server is null)
            Assert.Ignore($"SQL Server suite skipped: {reason}");

        var name = $"conoceles_test_{Guid.NewGuid():N}";
        await using (var master = new SqlConnection(server))
        {
            await master.OpenAsync();
            await using var create = master.CreateCommand();
            create.CommandText = $"CREATE DATABASE [{name}]";
            await create.ExecuteNonQueryAsync();
        }

        return new SqlConnectionStringBuilder(server) { InitialCatalog = name }.ConnectionString;
    }

    /// <summary>
    /// An API on a new database of that engine; <paramref name="create"/> gets its SQL Server connection string.
    /// </summary>
    public static async Task<ApiFactory> CreateFactoryAsync(string provider, Func<string?, ApiFactory>? create = null)
    {
        var connection = provider == SqlServer ? await NewSqlServerDatabaseAsync() : null;
        return create?.Invoke(connection) ?? new ApiFactory { SqlServerConnectionString = connection };
    }

    private static async Task<(string?, string)> StartServerAsync()
    {
        if (Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } configured)
            return (configured, "");

        try
        {
            var image = Environment.GetEnvironmentVariable(ImageVariable) ?? DefaultImage;
            var container = new MsSqlBuilder(image).Build();
            await container.StartAsync();
            return (container.GetConnectionString(), "");
        }
        catch (Exception e)
        {
            return (null, $"no Docker engine answers ({e.GetType().Name}) and {ServerVariable} is not set");
        }
    }
}
