namespace Conoceles.Infrastructure.Persistence.Stores;

/// <summary>
/// The rows of <c>candidacy_words</c>: each distinct folded word of a name. A query word matches the
/// names holding a word that begins with it, found as the range [word, word with its last character
/// raised by one) in code-point order, which both engines use on this column.
/// </summary>
internal static class CandidacyWords
{
    public const int MaxLength = 200;

    public static IEnumerable<string> Of(string searchKey) => searchKey
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(Clip)
        .Distinct(StringComparer.Ordinal);

    /// <summary>
    /// Words hold letters and digits only, never the last UTF-16 code unit, so raising it cannot overflow.
    /// </summary>
    public static (string From, string To) PrefixRange(string word)
    {
        var from = Clip(word);
        return (from, string.Concat(from.AsSpan(0, from.Length - 1), [(char)(from[^1] + 1)]));
    }

    private static string Clip(string word) => word.Length > MaxLength ? word[..MaxLength] : word;
}
