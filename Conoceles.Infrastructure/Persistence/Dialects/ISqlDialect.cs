namespace Conoceles.Infrastructure.Persistence.Dialects;

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
}

public sealed class SqliteDialect : ISqlDialect
{
    public string Name => "Sqlite";

    public string Page => "LIMIT @Take OFFSET @Skip";

    public string MigrationFolder => "Sqlite";

    public string? AfterMigration => "PRAGMA journal_mode=WAL;";
}

public sealed class SqlServerDialect : ISqlDialect
{
    public string Name => "SqlServer";

    public string Page => "OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY";

    public string MigrationFolder => "SqlServer";

    public string? AfterMigration => null;
}
