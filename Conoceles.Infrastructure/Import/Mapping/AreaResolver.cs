namespace Conoceles.Infrastructure.Import.Mapping;

using System.Globalization;
using System.Text.RegularExpressions;
using Conoceles.Application.Geography;
using Conoceles.Domain.Candidacies;

/// <summary>One part of an area: its code where the catalogue gives one, and its label.</summary>
internal sealed record AreaPart(string? Code, string Label);

/// <summary>
/// Turns area cells into INEGI codes and labels. Without a catalogue the text is kept as the
/// label and codes stay null; an unmatched name is kept as text and reported.
/// </summary>
internal sealed partial class AreaResolver(ImportSession session)
{
    private IGeographyCatalog Catalog => session.Services.Geography;

    /// <param name="known">The process's state, which wins over the row's text.</param>
    public string? StateCode(int row, string? known, string? published)
    {
        if (known is not null || published is null || !Catalog.IsLoaded)
            return known;

        var state = Catalog.FindState(published);
        if (state is null)
            session.Warn(row, $"state '{published}' is not in the catalogue; kept as text");

        return state?.Code;
    }

    public string StateLabel(string? code, string? published) =>
        (code is null ? null : Catalog.FindState(code)?.Name) ?? published ?? code ?? string.Empty;

    public AreaPart Municipality(int row, string? stateCode, string published)
    {
        if (stateCode is null || !Catalog.IsLoaded)
            return new AreaPart(null, published);

        var found = Catalog.FindMunicipality(stateCode, published);
        if (found is null)
            session.Warn(row, $"municipality '{published}' is not in state {stateCode}; kept as text");

        return new AreaPart(found?.Code, found?.Name ?? published);
    }

    /// <summary>"2-CANCUN", "3: MERIDA" or "Distrito 21"; the seat is kept as published.</summary>
    public AreaPart District(int row, string kind, string? stateCode, string published)
    {
        var match = DistrictText().Match(published);
        if (!match.Success)
        {
            session.Warn(row, $"district '{published}' has no number; kept as text");
            return new AreaPart(null, published);
        }

        var number = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        var seat = match.Groups["seat"].Value.Trim();
        var label = seat.Length == 0 ? $"Distrito {number}" : $"Distrito {number}, {seat}";
        var code = stateCode is null ? null : Area.DistrictCode(kind, stateCode, number);
        if (code is not null && kind == "federal" && Catalog.IsLoaded
            && Catalog.FindFederalDistrict(stateCode!, number) is null)
            session.Warn(row, $"federal district {number} of state {stateCode} is not in the catalogue");

        return new AreaPart(code, label);
    }

    public int? Constituency(int row, string? published)
    {
        if (published is null)
            return null;

        if (int.TryParse(published, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            return n;

        session.Warn(row, $"circunscripción '{published}' is not a number");
        return null;
    }

    /// <summary>An area from its parts; labelled by its parts, or by its state where it has none.</summary>
    public Area Compose(
        string? state, string? statePublished, AreaPart? district, AreaPart? municipality, int? constituency)
    {
        string?[] parts =
        [
            municipality?.Label, district?.Label, constituency is { } c ? $"Circunscripción {c}" : null,
        ];
        var label = string.Join(", ", parts.OfType<string>());
        if (label.Length == 0)
            label = StateLabel(state, statePublished);

        return new Area(state, district?.Code, municipality?.Code, constituency, label);
    }

    [GeneratedRegex(@"^\s*(?:distrito\s+)?(?<n>\d{1,2})\s*(?:[-:.]\s*(?<seat>.*))?$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex DistrictText();
}
