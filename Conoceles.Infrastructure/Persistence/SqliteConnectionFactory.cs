namespace Conoceles.Infrastructure.Persistence;

using System.Data.Common;
using Conoceles.Infrastructure.Persistence.Dialects;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

internal sealed class SqliteConnectionFactory : IDbConnectionFactory
{
    private readonly int _busyTimeout;

    public SqliteConnectionFactory(IOptions<DatabaseOptions> options)
    {
        var o = options.Value;
        _busyTimeout = o.BusyTimeoutMilliseconds;
        if (o.ConnectionString is { Length: > 0 } configured)
        {
            PrimaryConnectionString = configured;
            return;
        }

        var folder = Configuration.RepositoryPaths.Resolve(o.DataDirectory);
        Directory.CreateDirectory(folder);
        PrimaryConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, "conoceles.db"),
            Pooling = true,
            DefaultTimeout = Math.Max(1, _busyTimeout / 1000),
        }.ToString();
    }

    public ISqlDialect Dialect { get; } = new SqliteDialect();

    public string PrimaryConnectionString { get; }

    /// <summary>
    /// Readers in WAL mode are never blocked by the writer and check no foreign keys, so a read
    /// connection skips the pragmas that every write connection runs.
    /// </summary>
    public async Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(PrimaryConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public async Task<DbConnection> OpenWriteAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(PrimaryConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = $"PRAGMA busy_timeout = {_busyTimeout}; PRAGMA foreign_keys = ON;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
