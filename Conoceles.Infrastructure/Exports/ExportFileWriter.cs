namespace Conoceles.Infrastructure.Exports;

using Conoceles.Application.Exports;

internal sealed class ExportFileWriter(IExportReadStore store) : IExportFileWriter
{
    public Task WriteAsync(
        Stream output, ExportFormat format, ExportLayout layout, ExportSheet? sheet, string? processId,
        CancellationToken cancellationToken)
    {
        var file = sheet ?? layout.Sheets[0];
        var records = store.ReadAsync(processId, cancellationToken);
        return format switch
        {
            ExportFormat.Csv => CsvExport.WriteAsync(output, layout, file, records, cancellationToken),
            ExportFormat.Json => JsonExport.WriteAsync(output, file, records, false, cancellationToken),
            ExportFormat.Ndjson => JsonExport.WriteAsync(output, file, records, true, cancellationToken),
            _ => XlsxExport.WriteAsync(
                output, layout, () => store.ReadAsync(processId, cancellationToken), cancellationToken),
        };
    }
}
