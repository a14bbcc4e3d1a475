namespace Conoceles.Infrastructure.Import.Tabular;

using Conoceles.Infrastructure.Import.Text;

/// <summary>One data row: its 1-based row number in the sheet (the header is row 1).</summary>
internal sealed record TabularRecord(int Number, IReadOnlyList<string?> Cells)
{
    public string? this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : null;
}

/// <summary>A sheet or CSV file read as text: header cells and the data rows under it.</summary>
internal sealed record TabularSheet(
    string Name,
    IReadOnlyList<string> Header,
    IReadOnlyList<TabularRecord> Rows)
{
    public HeaderMap Columns { get; } = new(Header);
}

/// <summary>Every sheet of one file, in file order.</summary>
internal sealed record TabularBook(IReadOnlyList<TabularSheet> Sheets)
{
    public TabularSheet? Sheet(string name) =>
        Sheets.FirstOrDefault(s => Fold.Key(s.Name) == Fold.Key(name));
}
