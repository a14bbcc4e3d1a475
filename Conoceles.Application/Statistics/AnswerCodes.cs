namespace Conoceles.Application.Statistics;

using System.Globalization;
using System.Text;

/// <summary>
/// The cells of the identity breakdowns, and the stored answer texts they gather. Institutes
/// spell the same bracket in capitals or not, so texts are compared with accents and case folded.
/// </summary>
public static class AnswerCodes
{
    public const string Other = "other";

    public static readonly IReadOnlyList<(string Code, string Label)> YesNo =
    [
        ("yes", "Sí"), ("no", "No"), ("prefer-not-to-say", "Prefiero no contestar"),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> Income =
    [
        ("none", "No recibe ingresos"), ("under-11000", "Menos de $11,000"),
        ("11001-25000", "De $11,001 a $25,000"), ("25001-50000", "De $25,001 a $50,000"),
        ("50001-75000", "De $50,001 a $75,000"), ("75001-112000", "De $75,001 a $112,000"),
        ("over-112000", "Más de $112,000"), ("prefer-not-to-say", "Prefiero no contestar"),
    ];

    /// <summary>The code of a stored answer among the given cells, or Other.</summary>
    public static string CodeOf(string answer, IReadOnlyList<(string Code, string Label)> cells)
    {
        var folded = Fold(answer);
        foreach (var (code, label) in cells)
        {
            if (Fold(label) == folded)
                return code;
        }

        return Other;
    }

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
                builder.Append(char.ToLowerInvariant(ch));
        }

        return builder.ToString().TrimEnd('.');
    }
}
