namespace Conoceles.Infrastructure.Import.Tabular;

using System.Globalization;
using System.Text;
using ExcelDataReader;

/// <summary>Reads every sheet of an .xls (BIFF) or .xlsx workbook as text.</summary>
internal static class ExcelTabularReader
{
    static ExcelTabularReader()
    {
        // BIFF workbooks may name a Windows code page; .NET 10 ships them but needs them registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static TabularBook Read(Stream stream)
    {
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var sheets = new List<TabularSheet>();
        do
        {
            sheets.Add(ReadSheet(reader));
        }
        while (reader.NextResult());

        return new TabularBook(sheets);
    }

    private static TabularSheet ReadSheet(IExcelDataReader reader)
    {
        var name = reader.Name ?? $"Sheet{reader.ResultsCount}";
        if (!reader.Read())
            return new TabularSheet(name, [], []);

        var header = Cells(reader).Select(c => c?.Trim() ?? string.Empty).ToList();
        var rows = new List<TabularRecord>();
        for (var number = 2; reader.Read(); number++)
        {
            var cells = Cells(reader);
            if (cells.Any(c => !string.IsNullOrWhiteSpace(c)))
                rows.Add(new TabularRecord(number, cells));
        }

        return new TabularSheet(name, header, rows);
    }

    private static string?[] Cells(IExcelDataReader reader)
    {
        var cells = new string?[reader.FieldCount];
        for (var i = 0; i < cells.Length; i++)
            cells[i] = AsText(reader.GetValue(i));

        return cells;
    }

    /// <summary>Excel keeps every number as a float: a whole 37.0 is written "37".</summary>
    internal static string? AsText(object? value) => value switch
    {
        null => null,
        string s => s,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 =>
            ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t when t.TimeOfDay == TimeSpan.Zero =>
            t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
