namespace Conoceles.Infrastructure.Persistence;

using System.Data.Common;
using Conoceles.Infrastructure.Persistence.Dialects;

/// <summary>Opens connections: queries on the read connection, commands on the primary.</summary>
public interface IDbConnectionFactory
{
    ISqlDialect Dialect { get; }

    string PrimaryConnectionString { get; }

    Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken);

    Task<DbConnection> OpenWriteAsync(CancellationToken cancellationToken);
}
