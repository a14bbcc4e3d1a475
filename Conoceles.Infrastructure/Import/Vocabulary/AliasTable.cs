namespace Conoceles.Infrastructure.Import.Vocabulary;

using Conoceles.Infrastructure.Import.Tabular;
using Conoceles.Infrastructure.Import.Text;

/// <summary>
/// One alias file: the first column is the published spelling (matched ignoring accents, case
/// and spacing), the others what it means.
/// </summary>
internal sealed class AliasTable
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string?>> rows = [];

    private AliasTable(TabularSheet sheet, int keyColumns)
    {
        foreach (var record in sheet.Rows)
        {
            var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < sheet.Header.Count; i++)
                fields[sheet.Header[i]] = CellText.Clean(record[i]);

            var key = string.Join('|', Enumerable.Range(0, keyColumns)
                .Select(i => Fold.Key(record[i] ?? string.Empty)));
            rows.TryAdd(key, fields);
        }
    }

    public IEnumerable<IReadOnlyDictionary<string, string?>> Rows => rows.Values;

    /// <param name="keyColumns">How many leading columns make the key (state + name: 2).</param>
    public static AliasTable Load(string path, int keyColumns = 1)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Alias table missing: {path}", path);

        var sheet = CsvTabularReader.Read(File.ReadAllText(path), Path.GetFileName(path));
        return new AliasTable(sheet, keyColumns);
    }

    public static AliasTable Empty() => new(new TabularSheet("empty", [], []), 1);

    public IReadOnlyDictionary<string, string?>? Find(params string[] published)
    {
        var key = string.Join('|', published.Select(Fold.Key));
        return rows.GetValueOrDefault(key);
    }
}
