namespace Conoceles.Infrastructure.Catalogs;

using Conoceles.Domain.Geography;

/// <param name="StateNames">Folded name or alias of a state → its code.</param>
/// <param name="MunicipalityAliases">"{state}|{folded spelling}" → CVEGEO.</param>
internal sealed record GeographyData(
    IReadOnlyList<State> States,
    Dictionary<string, string> StateNames,
    IReadOnlyList<Municipality> Municipalities,
    IReadOnlyDictionary<string, string> MunicipalityAliases,
    IReadOnlyList<FederalDistrict> Districts)
{
    public static GeographyData None => new([], [], [], new Dictionary<string, string>(), []);
}
