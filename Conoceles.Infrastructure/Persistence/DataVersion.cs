namespace Conoceles.Infrastructure.Persistence;

using System.Data.Common;
using Dapper;

/// <summary>
/// The number every write raises. Public answers built at one version are stale at the next,
/// whichever process wrote: the command line imports into the database the web host reads.
/// </summary>
public interface IDataVersionStore
{
    Task<long> ReadAsync(CancellationToken cancellationToken);
}

internal sealed class DataVersionStore(IDbConnectionFactory connections) : IDataVersionStore
{
    public async Task<long> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenReadAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT version FROM data_version WHERE id = 1", cancellationToken: cancellationToken));
    }

    /// <summary>Raises the version inside the writer's transaction, so it commits with the data.</summary>
    public static Task RaiseAsync(DbConnection connection, DbTransaction transaction, CancellationToken token) =>
        connection.ExecuteAsync(new CommandDefinition(
            "UPDATE data_version SET version = version + 1 WHERE id = 1", transaction: transaction,
            cancellationToken: token));
}
