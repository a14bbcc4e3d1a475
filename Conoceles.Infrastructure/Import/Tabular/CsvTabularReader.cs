namespace Conoceles.Infrastructure.Import.Tabular;

using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

/// <summary>
/// Reads a CSV file as one sheet: UTF-8 with or without BOM unless told otherwise, comma or
/// semicolon as found in the header line.
/// </summary>
internal static class CsvTabularReader
{
    public static TabularBook ReadFile(string path, Encoding? encoding = null)
    {
        using var stream = File.OpenRead(path);
        using var text = new StreamReader(stream, encoding ?? Encoding.UTF8, encoding is null);
        return new TabularBook([Read(text.ReadToEnd(), Path.GetFileNameWithoutExtension(path))]);
    }

    public static TabularSheet Read(string content, string name)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = DetectDelimiter(content).ToString(),
            HasHeaderRecord = false,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        using var csv = new CsvReader(new StringReader(content.TrimStart('\uFEFF')), config);
        var records = new List<string[]>();
        while (csv.Read())
            records.Add(csv.Parser.Record ?? []);

        return ToSheet(name, records);
    }

    internal static char DetectDelimiter(string content)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var ch in content)
        {
            if (ch == '"')
                quoted = !quoted;
            else if (!quoted && ch is '\n' or '\r')
                break;
            else if (!quoted && ch == ',')
                commas++;
            else if (!quoted && ch == ';')
                semicolons++;
        }

        return semicolons > commas ? ';' : ',';
    }

    private static TabularSheet ToSheet(string name, List<string[]> records)
    {
        if (records.Count == 0)
            return new TabularSheet(name, [], []);

        var header = records[0].Select(h => h.Trim()).ToList();
        var rows = new List<TabularRecord>();
        for (var i = 1; i < records.Count; i++)
        {
            // An empty CSV field is a blank cell, the same as an empty spreadsheet cell.
            string?[] cells = records[i].Select(c => c.Length == 0 ? null : c).ToArray();
            if (cells.Any(c => !string.IsNullOrWhiteSpace(c)))
                rows.Add(new TabularRecord(i + 1, cells));
        }

        return new TabularSheet(name, header, rows);
    }
}
