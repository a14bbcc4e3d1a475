namespace Conoceles.Infrastructure.Exports;

using System.Globalization;
using System.Text;
using Conoceles.Application.Exports;
using CsvHelper;
using CsvHelper.Configuration;

/// <summary>
/// RFC 4180 with CRLF, UTF-8 with a BOM so that Excel shows accents. A cell starting with a
/// formula character gets a leading apostrophe, so a spreadsheet never runs text as a formula.
/// </summary>
internal static class CsvExport
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        InjectionOptions = InjectionOptions.Escape,
        InjectionEscapeCharacter = '\'',
        InjectionCharacters = ['=', '+', '-', '@', '\t', '\r'],
        // CsvHelper quotes a line break only when it is the whole NewLine; a bare LF or CR in a
        // cell must be quoted too, or a reader sees a new record that starts mid-cell.
        ShouldQuote = args => ConfigurationFunctions.ShouldQuote(args)
            || (args.Field is { } field && field.AsSpan().IndexOfAny('\n', '\r') >= 0),
    };

    public static async Task WriteAsync(
        Stream output, ExportLayout layout, ExportSheet sheet, IAsyncEnumerable<ExportRecord> records,
        CancellationToken cancellationToken)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(true), 64 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(text, Configuration);
        foreach (var column in sheet.Columns)
            csv.WriteField(column.Name);
        await csv.NextRecordAsync();

        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            foreach (var column in sheet.Columns)
                csv.WriteField(ExportValues.Text(column, record, layout.ListSeparator));
            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
    }
}
