namespace Conoceles.Domain.Candidacies;

/// <summary>Office codes shared by every process (API.md).</summary>
public static class Offices
{
    public const string Gubernatura = "gubernatura";
    public const string JefaturaDeGobierno = "jefatura-de-gobierno";
    public const string DiputacionLocal = "diputacion-local";
    public const string DiputacionFederal = "diputacion-federal";
    public const string DiputacionMigrante = "diputacion-migrante";
    public const string PresidenciaMunicipal = "presidencia-municipal";
    public const string Ayuntamiento = "ayuntamiento";
    public const string Alcaldia = "alcaldia";
    public const string Concejalia = "concejalia";
    public const string Senaduria = "senaduria";
    public const string Presidencia = "presidencia";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [Gubernatura] = "Gubernatura",
        [JefaturaDeGobierno] = "Jefatura de Gobierno",
        [DiputacionLocal] = "Diputación local",
        [DiputacionFederal] = "Diputación federal",
        [DiputacionMigrante] = "Diputación migrante",
        [PresidenciaMunicipal] = "Presidencia municipal",
        [Ayuntamiento] = "Ayuntamiento",
        [Alcaldia] = "Titular de alcaldía",
        [Concejalia] = "Concejalía",
        [Senaduria] = "Senaduría",
        [Presidencia] = "Presidencia de la República",
    };
}
