namespace Conoceles.Infrastructure.Import.Text;

using System.Text;

/// <summary>The cell rules every layout shares (DOMAIN.md section 12).</summary>
internal static class CellText
{
    // Compared after trimming, upper-casing and folding accents, so "No proporcionó" and
    // "NO PROPORCIONO" are the same marker.
    private static readonly HashSet<string> NotProvided =
    [
        "NO PROPORCIONO", "-", "N/A", "NA", "N/D", "SIN REGISTRO", "?", "XX",
    ];

    /// <summary>NFC, LF line ends, trimmed; null where the cell means "not provided".</summary>
    public static string? Clean(string? raw)
    {
        if (raw is null)
            return null;

        var text = raw.Normalize(NormalizationForm.FormC)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Trim();
        if (text.Length == 0 || NotProvided.Contains(Fold.Plain(text)))
            return null;

        return text;
    }

    /// <summary>True where an area column says the office has no such area.</summary>
    public static bool IsNotApplicable(string? raw) =>
        raw is not null && Fold.Key(raw) == "noaplica";
}
