namespace Conoceles.Domain.Candidacies;

/// <summary>Where a candidacy competes. Codes follow INEGI; a district is "{kind}-{state}-{nn}".</summary>
public sealed record Area(
    string? State,
    string? District,
    string? Municipality,
    int? Constituency,
    string? Label)
{
    public static string DistrictCode(string kind, string state, int number) =>
        $"{kind}-{state}-{number:00}";
}
