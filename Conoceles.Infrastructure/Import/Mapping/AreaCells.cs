namespace Conoceles.Infrastructure.Import.Mapping;

using Conoceles.Infrastructure.Import.Tabular;
using Conoceles.Infrastructure.Import.Text;

internal static class AreaCells
{
    /// <summary>An area cell; null where not provided or "No aplica" (the office has no such area).</summary>
    public static string? Area(this RowView row, params string[] columns)
    {
        var text = row.Text(columns);
        return CellText.IsNotApplicable(text) ? null : text;
    }
}
