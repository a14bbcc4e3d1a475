namespace Conoceles.Infrastructure.Import.Tabular;

using System.Text.RegularExpressions;
using Conoceles.Infrastructure.Import.Text;

/// <summary>
/// Finds columns by header name, ignoring case, accents, spacing and punctuation, so
/// <c>DISTRITOLOCAL</c>, <c>DISTRITO LOCAL</c> and <c>Distrito local </c> are one column.
/// </summary>
internal sealed partial class HeaderMap
{
    private readonly Dictionary<string, int> byKey = [];
    private readonly Dictionary<int, int> byNumber = [];

    public HeaderMap(IReadOnlyList<string> header)
    {
        for (var i = 0; i < header.Count; i++)
        {
            byKey.TryAdd(Fold.Key(header[i]), i);
            var numbered = NumberPrefix().Match(header[i]);
            if (numbered.Success)
                byNumber.TryAdd(int.Parse(numbered.Groups[1].Value), i);
        }
    }

    /// <summary>Index of the first of <paramref name="names"/> present, or -1.</summary>
    public int Find(params string[] names)
    {
        foreach (var name in names)
        {
            if (byKey.TryGetValue(Fold.Key(name), out var index))
                return index;
        }

        return -1;
    }

    /// <summary>Index of the column whose header starts with "<paramref name="number"/>.", or -1.</summary>
    public int FindNumbered(int number) => byNumber.GetValueOrDefault(number, -1);

    public void Require(string sheet, params string[] names)
    {
        var missing = names.Where(n => Find(n) < 0).ToList();
        if (missing.Count > 0)
            throw new InvalidDataException(
                $"Sheet '{sheet}' lacks the column(s) {string.Join(", ", missing)}.");
    }

    [GeneratedRegex(@"^\s*(\d{1,2})\s*[.)]\s")]
    private static partial Regex NumberPrefix();
}
