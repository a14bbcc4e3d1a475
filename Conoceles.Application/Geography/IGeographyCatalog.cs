namespace Conoceles.Application.Geography;

using Conoceles.Domain.Geography;

/// <summary>
/// INEGI states and municipalities and the federal districts, read at start-up from the
/// configured catalogue folder. Empty (IsLoaded false) where that folder is absent.
/// </summary>
public interface IGeographyCatalog
{
    bool IsLoaded { get; }

    IReadOnlyList<State> States { get; }

    State? FindState(string codeOrName);

    Municipality? FindMunicipality(string stateCode, string name);

    Municipality? MunicipalityByCode(string code);

    IReadOnlyList<Municipality> MunicipalitiesOf(string stateCode);

    FederalDistrict? FindFederalDistrict(string stateCode, int number);
}
