namespace Conoceles.Infrastructure.Persistence;

using System.Data.Common;
using Conoceles.Infrastructure.Persistence.Dialects;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Options;

/// <summary>
/// SQL Server: commands on the primary; queries on the read connection, which may carry
/// ApplicationIntent=ReadOnly to reach a readable secondary.
/// </summary>
internal sealed class SqlServerConnectionFactory(IOptions<DatabaseOptions> options) : IDbConnectionFactory
{
    public ISqlDialect Dialect { get; } = new SqlServerDialect();

    public string PrimaryConnectionString { get; } = options.Value.ConnectionString
        ?? throw new InvalidOperationException("Database:ConnectionString is required for SqlServer.");

    private string ReadConnectionString => options.Value.ReadConnectionString ?? PrimaryConnectionString;

    public Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken) =>
        OpenAsync(ReadConnectionString, cancellationToken);

    public Task<DbConnection> OpenWriteAsync(CancellationToken cancellationToken) =>
        OpenAsync(PrimaryConnectionString, cancellationToken);

    private static async Task<DbConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
