namespace Conoceles.Infrastructure.Catalogs;

using System.Globalization;
using Conoceles.Application.Geography;
using Conoceles.Domain.Geography;
using Conoceles.Infrastructure.Import.Text;

/// <summary>
/// INEGI states and municipalities and the 2023 federal districts, matched by code or by name
/// ignoring accents, case and spacing, plus the spellings of the alias tables.
/// </summary>
public sealed class GeographyCatalog : IGeographyCatalog
{
    private readonly Dictionary<string, State> statesByCode;
    private readonly Dictionary<string, string> stateCodesByName;
    private readonly Dictionary<string, Municipality> municipalitiesByCode;
    private readonly Dictionary<string, Municipality> municipalitiesByName;
    private readonly Dictionary<(string, int), FederalDistrict> districts;

    internal GeographyCatalog(GeographyData data)
    {
        States = data.States;
        statesByCode = data.States.ToDictionary(s => s.Code);
        stateCodesByName = data.StateNames;
        municipalitiesByCode = data.Municipalities.ToDictionary(m => m.Code);
        municipalitiesByName = [];
        foreach (var m in data.Municipalities)
            municipalitiesByName.TryAdd(NameKey(m.StateCode, m.Name), m);
        foreach (var (key, code) in data.MunicipalityAliases)
        {
            if (municipalitiesByCode.TryGetValue(code, out var m))
                municipalitiesByName.TryAdd(key, m);
        }

        districts = data.Districts.ToDictionary(d => (d.StateCode, d.Number));
    }

    public static GeographyCatalog Empty { get; } = new(GeographyData.None);

    public bool IsLoaded => States.Count > 0;

    public IReadOnlyList<State> States { get; }

    /// <summary>Reads the catalogue folder; an absent folder gives an empty catalogue.</summary>
    /// <param name="aliasFolder">Holds states.csv and municipalities.csv; default: the app's aliases.</param>
    public static GeographyCatalog Load(string folder, string? aliasFolder = null) =>
        new(GeographyCatalogFiles.Read(folder, aliasFolder));

    public State? FindState(string codeOrName)
    {
        var text = codeOrName.Trim();
        if (text.Length is 1 or 2 && text.All(char.IsAsciiDigit))
        {
            var number = int.Parse(text, CultureInfo.InvariantCulture);
            return statesByCode.GetValueOrDefault(number.ToString("00", CultureInfo.InvariantCulture));
        }

        return stateCodesByName.TryGetValue(Fold.Key(text), out var found) ? statesByCode[found] : null;
    }

    public Municipality? FindMunicipality(string stateCode, string name) =>
        municipalitiesByName.GetValueOrDefault(NameKey(stateCode, name));

    public Municipality? MunicipalityByCode(string code) => municipalitiesByCode.GetValueOrDefault(code);

    public IReadOnlyList<Municipality> MunicipalitiesOf(string stateCode) =>
        municipalitiesByCode.Values.Where(m => m.StateCode == stateCode).OrderBy(m => m.Code).ToList();

    public FederalDistrict? FindFederalDistrict(string stateCode, int number) =>
        districts.GetValueOrDefault((stateCode, number));

    internal static string NameKey(string stateCode, string name) => $"{stateCode}|{Fold.Key(name)}";
}
