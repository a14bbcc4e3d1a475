namespace Conoceles.Infrastructure.Persistence.Dialects;

using System.Data;

/// <summary>Rows for one table, values in column order.</summary>
public sealed record BulkRows(string Table, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Values)
{
    public string InsertStatement() =>
        $"INSERT INTO {Table} ({string.Join(", ", Columns)}) " +
        $"VALUES ({string.Join(", ", Columns.Select(c => "@" + c))})";

    public DataTable ToDataTable()
    {
        var table = new DataTable(Table);
        for (var i = 0; i < Columns.Count; i++)
        {
            var type = Values.Select(v => v[i]?.GetType()).FirstOrDefault(t => t is not null) ?? typeof(string);
            table.Columns.Add(Columns[i], type);
        }

        foreach (var row in Values)
            table.Rows.Add(row.Select(v => v ?? DBNull.Value).ToArray());

        return table;
    }
}
