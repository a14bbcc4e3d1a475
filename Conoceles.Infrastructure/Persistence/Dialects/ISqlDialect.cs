namespace Conoceles.Infrastructure.Persistence.Dialects;

using System.Data.Common;

/// <summary>
/// The few places where the SQL of the two engines differs. Every query is written once and
/// asks the dialect for these pieces.
/// </summary>
public interface ISqlDialect
{
    string Name { get; }

    /// <summary>Paging clause placed after ORDER BY, reading the @Skip and @Take parameters.</summary>
    string Page { get; }

    /// <summary>Folder name of the migration scripts for this engine.</summary>
    string MigrationFolder { get; }

    /// <summary>Run once after the migrations, outside any script transaction; null for none.</summary>
    string? AfterMigration { get; }

    /// <summary>Inserts many rows at once, inside the caller's transaction.</summary>
    Task BulkInsertAsync(DbConnection connection, DbTransaction transaction, BulkRows rows, CancellationToken token);
}

public sealed class SqliteDialect : ISqlDialect
{
    public string Name => "Sqlite";

    public string Page => "LIMIT @Take OFFSET @Skip";

    public string MigrationFolder => "Sqlite";

    public string? AfterMigration => "PRAGMA journal_mode=WAL;";

    public async Task BulkInsertAsync(
        DbConnection connection, DbTransaction transaction, BulkRows rows, CancellationToken token)
    {
        // One prepared statement reused for every row is SQLite's fastest path inside a transaction.
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = rows.InsertStatement();
        var parameters = rows.Columns.Select(c =>
        {
            var p = command.CreateParameter();
            p.ParameterName = "@" + c;
            command.Parameters.Add(p);
            return p;
        }).ToList();
        foreach (var row in rows.Values)
        {
            for (var i = 0; i < parameters.Count; i++)
                parameters[i].Value = row[i] ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(token);
        }
    }
}

public sealed class SqlServerDialect : ISqlDialect
{
    public string Name => "SqlServer";

    public string Page => "OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY";

    public string MigrationFolder => "SqlServer";

    public string? AfterMigration => null;

    public async Task BulkInsertAsync(
        DbConnection connection, DbTransaction transaction, BulkRows rows, CancellationToken token)
    {
        using var bulk = new Microsoft.Data.SqlClient.SqlBulkCopy(
            (Microsoft.Data.SqlClient.SqlConnection)connection,
            Microsoft.Data.SqlClient.SqlBulkCopyOptions.CheckConstraints,
            (Microsoft.Data.SqlClient.SqlTransaction)transaction)
        {
            DestinationTableName = rows.Table,
            BatchSize = 5000,
        };
        foreach (var column in rows.Columns)
            bulk.ColumnMappings.Add(column, column);
        await bulk.WriteToServerAsync(rows.ToDataTable(), token);
    }
}
