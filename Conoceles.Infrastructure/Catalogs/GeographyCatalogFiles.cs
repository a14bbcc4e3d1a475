namespace Conoceles.Infrastructure.Catalogs;

using System.Globalization;
using Conoceles.Domain.Geography;
using Conoceles.Infrastructure.Import.Tabular;
using Conoceles.Infrastructure.Import.Text;
using Conoceles.Infrastructure.Import.Vocabulary;

/// <summary>Reads the INEGI and INE catalogue files of one folder (catalogs/README.md).</summary>
internal static class GeographyCatalogFiles
{
    public const string StatesFile = "entidades_federativas.csv";
    public const string MunicipalitiesFile = "inegi_ageeml_municipios_2025-10.csv";
    public const string DistrictsFile = "distritos_federales_2024.csv";

    public static GeographyData Read(string folder, string? aliasFolder)
    {
        var statesPath = Path.Combine(folder, StatesFile);
        if (!File.Exists(statesPath))
            return GeographyData.None;

        aliasFolder ??= ImportVocabulary.DefaultFolder;
        var states = Sheet(statesPath)!.Views()
            .Select(r => new State(
                r.Text("cve_ent")!, r.Text("nom_ent")!, r.Text("nom_abr") ?? string.Empty))
            .ToList();
        var districts = ReadDistricts(Path.Combine(folder, DistrictsFile), out var ineNames);
        var names = StateNames(states, ineNames, Path.Combine(aliasFolder, "states.csv"));
        var municipalities = (Sheet(Path.Combine(folder, MunicipalitiesFile))?.Views() ?? [])
            .Select(r => new Municipality(r.Text("CVEGEO")!, r.Text("CVE_ENT")!, r.Text("NOM_MUN")!))
            .ToList();
        var aliases = MunicipalityAliases(Path.Combine(aliasFolder, "municipalities.csv"));
        return new GeographyData(states, names, municipalities, aliases, districts);
    }

    private static List<FederalDistrict> ReadDistricts(
        string path, out List<(string Code, string Name)> ine)
    {
        var rows = Sheet(path)?.Views().ToList() ?? [];
        ine = rows.Select(r => (r.Text("cve_ent")!, r.Text("entidad_ine")!)).Distinct().ToList();
        return rows
            .Select(r => new FederalDistrict(
                r.Text("cve_ent")!,
                int.Parse(r.Text("distrito")!, CultureInfo.InvariantCulture),
                r.Text("cabecera") ?? string.Empty))
            .ToList();
    }

    private static Dictionary<string, string> StateNames(
        List<State> states, List<(string Code, string Name)> ineNames, string aliasPath)
    {
        var names = new Dictionary<string, string>();
        foreach (var s in states)
        {
            names.TryAdd(Fold.Key(s.Name), s.Code);
            names.TryAdd(Fold.Key(s.Abbreviation), s.Code);
        }

        foreach (var (code, name) in ineNames)
            names.TryAdd(Fold.Key(name), code);
        foreach (var row in Sheet(aliasPath)?.Views() ?? [])
            names.TryAdd(Fold.Key(row.Text("published")!), row.Text("state")!);

        return names;
    }

    private static Dictionary<string, string> MunicipalityAliases(string path) =>
        (Sheet(path)?.Views() ?? [])
            .Select(r => (Key: GeographyCatalog.NameKey(r.Text("state")!, r.Text("published")!),
                Code: r.Text("municipality")!))
            .DistinctBy(a => a.Key)
            .ToDictionary(a => a.Key, a => a.Code);

    private static TabularSheet? Sheet(string path) =>
        File.Exists(path) ? CsvTabularReader.Read(File.ReadAllText(path), Path.GetFileName(path)) : null;
}
