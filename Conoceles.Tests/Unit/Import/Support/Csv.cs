namespace Conoceles.Tests.Unit.Import.Support;

/// <summary>Builds CSV text from named cells, so a fixture row states only what it tests.</summary>
internal sealed class Csv(params string[] header)
{
    private readonly List<string> lines = [string.Join(',', header.Select(Quote))];

    public Csv Row(params (string Column, string? Value)[] cells)
    {
        var values = header.Select(h => cells.FirstOrDefault(c => c.Column == h).Value);
        lines.Add(string.Join(',', values.Select(v => v is null ? string.Empty : Quote(v))));
        return this;
    }

    public Csv Row((string Column, string? Value)[] first, params (string Column, string? Value)[] more) =>
        Row([.. first, .. more]);

    public override string ToString() => string.Join('\n', lines) + "\n";

    private static string Quote(string value) => $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
