namespace Conoceles.Infrastructure.Exports;

using Conoceles.Application.Exports;
using MiniExcelLibs;

/// <summary>
/// One sheet per file of the layout. MiniExcel pulls the rows one at a time into a temporary
/// file, which is then copied to the response: memory stays flat and the response is never
/// written synchronously.
/// </summary>
// TODO(#6): a selection with no rows gives sheets without a header row (MiniExcel takes the
// header from the first row); harmless for readers, but unlike the CSV.
// TODO(#6): the workbook is complete before its first byte is sent (6.1 s of 6.3 s at 100,000
// rows): a client with a short timeout may give up; an async streaming writer would fix it.
internal static class XlsxExport
{
    public static async Task WriteAsync(
        Stream output, ExportLayout layout, Func<IAsyncEnumerable<ExportRecord>> records,
        CancellationToken cancellationToken)
    {
        var sheets = layout.Sheets.ToDictionary(
            s => s.SheetName, s => (object)Rows(layout, s, records, cancellationToken));
        await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite,
            FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await Task.Run(() => buffer.SaveAs(sheets, excelType: ExcelType.XLSX), cancellationToken);

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static IEnumerable<IDictionary<string, object?>> Rows(
        ExportLayout layout, ExportSheet sheet, Func<IAsyncEnumerable<ExportRecord>> records,
        CancellationToken cancellationToken)
    {
        foreach (var record in records().ToBlockingEnumerable(cancellationToken))
        {
            var row = new Dictionary<string, object?>(sheet.Columns.Count);
            foreach (var column in sheet.Columns)
                row[column.Name] = column.Type == ColumnType.Integer
                    ? column.Value(record)
                    : ExportValues.Text(column, record, layout.ListSeparator);
            yield return row;
        }
    }
}
