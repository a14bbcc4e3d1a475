namespace Conoceles.Application.Exports;

public interface IExportReadStore
{
    Task<ExportVersion> VersionAsync(string? processId, CancellationToken cancellationToken);

    /// <summary>Published candidacies read as they are written out, never all held in memory.</summary>
    IAsyncEnumerable<ExportRecord> ReadAsync(string? processId, CancellationToken cancellationToken);
}

/// <summary>Writes one file of a layout in one format, row by row, to the response.</summary>
public interface IExportFileWriter
{
    Task WriteAsync(
        Stream output, ExportFormat format, ExportLayout layout, ExportSheet? sheet, string? processId,
        CancellationToken cancellationToken);
}
