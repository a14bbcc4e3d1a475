namespace Conoceles.Infrastructure.Import.Tabular;

using Conoceles.Infrastructure.Import.Text;

/// <summary>A data row read through its sheet's header.</summary>
internal sealed record RowView(TabularRecord Record, HeaderMap Columns)
{
    public int Number => Record.Number;

    /// <summary>The cell as stored, or null where the column is absent.</summary>
    public string? Raw(params string[] names) => Record[Columns.Find(names)];

    /// <summary>The cell after the cell rules: NFC, trimmed, null where not provided.</summary>
    public string? Text(params string[] names) => CellText.Clean(Raw(names));

    public string? Numbered(int number) => CellText.Clean(Record[Columns.FindNumbered(number)]);
}

internal static class TabularSheetExtensions
{
    public static IEnumerable<RowView> Views(this TabularSheet sheet) =>
        sheet.Rows.Select(r => new RowView(r, sheet.Columns));
}
