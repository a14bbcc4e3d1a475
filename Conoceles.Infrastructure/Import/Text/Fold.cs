namespace Conoceles.Infrastructure.Import.Text;

using System.Globalization;
using System.Text;
using Conoceles.Domain.Text;

/// <summary>Folded forms of published text, for lookups that ignore accents, case and spacing.</summary>
internal static class Fold
{
    /// <summary>Upper case without accents; punctuation and spacing kept.</summary>
    public static string Plain(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
                plain.Append(ch);
        }

        return plain.ToString().Normalize(NormalizationForm.FormC).ToUpperInvariant();
    }

    /// <summary>Letters and digits only, lower case, accents folded: "DISTRITO LOCAL" = "DistritoLocal".</summary>
    public static string Key(string text) => string.Concat(NameKeys.Words(text));

    /// <summary>Folded words joined by single spaces: a readable key.</summary>
    public static string Words(string text) => string.Join(' ', NameKeys.Words(text));
}
