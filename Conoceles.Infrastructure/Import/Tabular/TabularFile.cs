namespace Conoceles.Infrastructure.Import.Tabular;

using System.Text;

/// <summary>Opens a spreadsheet or CSV file by its extension.</summary>
internal static class TabularFile
{
    /// <param name="csvEncoding">For CSV only; null reads UTF-8 (a BOM is honoured).</param>
    public static TabularBook Read(string path, Encoding? csvEncoding = null)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".csv")
            return CsvTabularReader.ReadFile(path, csvEncoding);

        if (extension is not (".xls" or ".xlsx"))
            throw new NotSupportedException($"'{path}' is neither .xls, .xlsx nor .csv.");

        using var stream = File.OpenRead(path);
        return ExcelTabularReader.Read(stream);
    }
}
