namespace Conoceles.Infrastructure.Exports;

using System.Globalization;
using Conoceles.Application.Exports;

/// <summary>How a column's value is written as text in CSV and Excel cells.</summary>
internal static class ExportValues
{
    public static string? Text(ExportColumn column, ExportRecord record, string listSeparator) =>
        column.Value(record) switch
        {
            null => null,
            IEnumerable<string> list => list.Any() ? string.Join(listSeparator, list) : null,
            DateTimeOffset at => Instant(at),
            bool flag => flag ? "true" : "false",
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString(),
        };

    public static string Instant(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
