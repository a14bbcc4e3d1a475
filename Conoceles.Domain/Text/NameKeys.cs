namespace Conoceles.Domain.Text;

using System.Globalization;
using System.Text;

/// <summary>
/// Keys the application writes so that every database engine finds and orders names alike:
/// accents folded, case ignored, Ñ sorted after N.
/// </summary>
public static class NameKeys
{
    public static string Sort(string name)
    {
        var key = new StringBuilder(name.Length + 4);
        foreach (var ch in name.Normalize(NormalizationForm.FormC).ToUpperInvariant())
        {
            if (ch == 'Ñ')
            {
                key.Append("N~");
                continue;
            }

            key.Append(Fold(ch));
        }

        return Collapse(key.ToString());
    }

    /// <summary>Space-delimited folded words, with a leading and trailing space.</summary>
    public static string Search(string name) => $" {string.Join(' ', Words(name))} ";

    public static IReadOnlyList<string> Words(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            var f = Fold(ch);
            folded.Append(char.IsLetterOrDigit(f) ? f : ' ');
        }

        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>A UTF-16 surrogate (half of an emoji, say) is no letter of a name: it becomes a space.</summary>
    private static char Fold(char ch)
    {
        if (ch < 128)
            return ch;

        if (char.IsSurrogate(ch))
            return ' ';

        var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                return c;
        }

        return ch;
    }

    private static string Collapse(string s) =>
        string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
