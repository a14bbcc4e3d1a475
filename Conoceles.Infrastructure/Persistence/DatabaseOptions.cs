namespace Conoceles.Infrastructure.Persistence;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (default, embedded) or <c>SqlServer</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Folder of the embedded database file, relative to the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Overrides the connection string built from <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Connection for queries; defaults to <see cref="ConnectionString"/>.</summary>
    public string? ReadConnectionString { get; set; }

    public int BusyTimeoutMilliseconds { get; set; } = 5000;
}
