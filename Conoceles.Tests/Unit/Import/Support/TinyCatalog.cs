namespace Conoceles.Tests.Unit.Import.Support;

using Conoceles.Infrastructure.Catalogs;

/// <summary>
/// A few rows in the shape of the INEGI and INE catalogue files, written to a temporary folder
/// once per test run.
/// </summary>
internal static class TinyCatalog
{
    private static readonly Lazy<string> Folder = new(Write);

    public static string Path => Folder.Value;

    public static GeographyCatalog Geography => GeographyCatalog.Load(Path);

    public static PartyCatalog Parties => PartyCatalog.Load(Path);

    private static string Write()
    {
        var folder = Directory.CreateTempSubdirectory("conoceles-catalog-").FullName;
        File.WriteAllText(System.IO.Path.Combine(folder, "entidades_federativas.csv"), """
            cve_ent,nom_ent,nom_abr,num_municipios
            01,Aguascalientes,Ags.,11
            05,Coahuila de Zaragoza,Coah.,38
            09,Ciudad de México,CDMX,16
            10,Durango,Dgo.,39
            15,México,Mex.,125
            16,Michoacán de Ocampo,Mich.,113
            23,Quintana Roo,Q. Roo,11
            30,Veracruz de Ignacio de la Llave,Ver.,212
            31,Yucatán,Yuc.,106
            """);
        File.WriteAllText(System.IO.Path.Combine(folder, "inegi_ageeml_municipios_2025-10.csv"), """
            CVEGEO,CVE_ENT,NOM_ENT,NOM_ABR,CVE_MUN,NOM_MUN
            "09015","09","Ciudad de México","CDMX","015","Cuauhtémoc"
            "10005","10","Durango","Dgo.","005","Durango"
            "10006","10","Durango","Dgo.","006","General Simón Bolívar"
            "23005","23","Quintana Roo","Q. Roo","005","Benito Juárez"
            "31050","31","Yucatán","Yuc.","050","Mérida"
            "31095","31","Yucatán","Yuc.","095","Tixpéhual"
            """);
        File.WriteAllText(System.IO.Path.Combine(folder, "distritos_federales_2024.csv"), """
            cve_ent,nom_ent,entidad_ine,distrito,cabecera,etiqueta_ine
            01,Aguascalientes,AGUASCALIENTES,3,AGUASCALIENTES,3-AGUASCALIENTES
            05,Coahuila de Zaragoza,COAHUILA,1,PIEDRAS NEGRAS,1-PIEDRAS NEGRAS
            15,México,MEXICO,1,JILOTEPEC,1-JILOTEPEC
            16,Michoacán de Ocampo,MICHOACAN,1,LA PIEDAD,1-LA PIEDAD
            30,Veracruz de Ignacio de la Llave,VERACRUZ,1,PANUCO,1-PANUCO
            """);
        File.WriteAllText(System.IO.Path.Combine(folder, "partidos_politicos.csv"), """
            sigla,nombre_oficial,ambito,cve_ent,proceso_observado,fuente,verificado_en_fuente
            PAN,Partido Acción Nacional,nacional,,2024,prueba,si
            MORENA,Morena,nacional,,2024,prueba,si
            MC,Movimiento Ciudadano,nacional,,2024,prueba,si
            ,Movimiento Local de Prueba,local,23,2022,prueba,si
            """);
        return folder;
    }
}
