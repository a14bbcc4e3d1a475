namespace Conoceles.Tests.Support.Sql;

using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

internal sealed class RecordingCommand(DbCommand inner, DbConnection owner, SqlLog log) : DbCommand
{
    [AllowNull]
    public override string CommandText
    {
        get => inner.CommandText;
        set => inner.CommandText = value;
    }

    public override int CommandTimeout { get => inner.CommandTimeout; set => inner.CommandTimeout = value; }

    public override CommandType CommandType { get => inner.CommandType; set => inner.CommandType = value; }

    public override bool DesignTimeVisible { get => inner.DesignTimeVisible; set => inner.DesignTimeVisible = value; }

    public override UpdateRowSource UpdatedRowSource
    {
        get => inner.UpdatedRowSource;
        set => inner.UpdatedRowSource = value;
    }

    protected override DbConnection? DbConnection { get => owner; set { } }

    protected override DbParameterCollection DbParameterCollection => inner.Parameters;

    protected override DbTransaction? DbTransaction { get => inner.Transaction; set => inner.Transaction = value; }

    public override void Cancel() => inner.Cancel();

    public override int ExecuteNonQuery()
    {
        Record();
        return inner.ExecuteNonQuery();
    }

    public override object? ExecuteScalar()
    {
        Record();
        return inner.ExecuteScalar();
    }

    public override void Prepare() => inner.Prepare();

    protected override DbParameter CreateDbParameter() => inner.CreateParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior)
    {
        Record();
        return inner.ExecuteReader(behavior);
    }

    public override Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken)
    {
        Record();
        return inner.ExecuteNonQueryAsync(cancellationToken);
    }

    public override Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken)
    {
        Record();
        return inner.ExecuteScalarAsync(cancellationToken);
    }

    protected override Task<DbDataReader> ExecuteDbDataReaderAsync(
        CommandBehavior behavior, CancellationToken cancellationToken)
    {
        Record();
        return inner.ExecuteReaderAsync(behavior, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }

    private void Record() => log.Add(new RecordedSql(
        CommandText,
        inner.Parameters.Cast<DbParameter>().ToDictionary(
            p => p.ParameterName.TrimStart('@'), p => p.Value, StringComparer.OrdinalIgnoreCase)));
}
