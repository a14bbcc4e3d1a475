namespace Conoceles.Tests.Support.Sql;

using System.Collections.Concurrent;
using System.Data.Common;
using Conoceles.Infrastructure.Persistence;
using Conoceles.Infrastructure.Persistence.Dialects;

public sealed record RecordedSql(string Text, IReadOnlyDictionary<string, object?> Parameters);

/// <summary>Every statement the product ran through its connection factory.</summary>
public sealed class SqlLog
{
    private readonly ConcurrentQueue<RecordedSql> _statements = new();

    public IReadOnlyCollection<RecordedSql> Statements => _statements;

    public void Add(RecordedSql statement) => _statements.Enqueue(statement);
}

/// <summary>Wraps the product's connection factory so that each command is recorded.</summary>
internal sealed class RecordingConnectionFactory(IDbConnectionFactory inner, SqlLog log) : IDbConnectionFactory
{
    public ISqlDialect Dialect => inner.Dialect;

    public string PrimaryConnectionString => inner.PrimaryConnectionString;

    public async Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken) =>
        new RecordingConnection(await inner.OpenReadAsync(cancellationToken), log);

    public async Task<DbConnection> OpenWriteAsync(CancellationToken cancellationToken) =>
        new RecordingConnection(await inner.OpenWriteAsync(cancellationToken), log);
}
