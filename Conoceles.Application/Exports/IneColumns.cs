namespace Conoceles.Application.Exports;

using System.Globalization;
using Conoceles.Domain.Candidacies;
using T = ColumnType;

/// <summary>
/// INE's own Conóceles export (2022): the sheet CANDIDATOS and the sheet CUESTIONARIO IDENTIDAD,
/// with its column names and its way of writing values, for scripts written against it.
/// </summary>
public static class IneColumns
{
    private const string NotApplicable = "No aplica";
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-MX");

    public static IReadOnlyList<ExportColumn> Curricular { get; } =
    [
        .. Identifying("DISTRITO LOCAL"),
        new("DIRECCION_CASA_CAMPAÑA", T.List, "Domicilios de casa de campaña.", r => r.Candidacy.Contact.Addresses),
        new("TELEFONO", T.List, "Teléfonos públicos de campaña.", r => r.Candidacy.Contact.Phones),
        new("CORREO_ELECTRONICO", T.List, "Correos electrónicos públicos.", r => r.Candidacy.Contact.Emails),
        new("PAGINA_WEB", T.String, "Página web.", r => r.Candidacy.Contact.Website),
        new("REDES", T.List, "Direcciones de redes sociales.",
            r => r.Candidacy.Contact.SocialNetworks.Select(s => s.Url).ToList()),
        new("ESCOLARIDAD", T.String, "Máximo grado de estudios, como se publicó.",
            r => r.Candidacy.Education.LevelAsPublished ?? r.Candidacy.Education.Level),
        new("ESTATUS_ESCOLARIDAD", T.String, "Estatus de los estudios, como se publicó.",
            r => r.Candidacy.Education.StatusAsPublished ?? r.Candidacy.Education.Status),
        new("CURSOS", T.List, "Cursos y otros estudios.", r => r.Candidacy.Education.OtherStudies),
        new("HISTORIA_PROFESIONAL", T.String, "Historia profesional y laboral.", r => r.Candidacy.ProfessionalHistory),
        new("TRAYECTORIA_POLITICA", T.String, "Trayectoria política.", r => r.Candidacy.PoliticalTrajectory),
        new("MOTIVO_CARGO_PUBLICO", T.String, "Por qué quiere ocupar un cargo público.", r => r.Candidacy.Motivation),
        new("PROPUESTA_1", T.String, "Primera propuesta.", r => r.Candidacy.Proposals.ElementAtOrDefault(0)),
        new("PROPUESTA_2", T.String, "Segunda propuesta.", r => r.Candidacy.Proposals.ElementAtOrDefault(1)),
        new("PROPUESTA_GENERO", T.String, "Propuesta en materia de género.", r => r.Candidacy.GenderProposal),
    ];

    public static IReadOnlyList<ExportColumn> Identity { get; } =
    [
        .. Identifying("DISTRITOLOCAL"),
        .. IneQuestionTexts.Headers.Select((header, i) => new ExportColumn(header, T.String,
            $"Respuesta a la pregunta {i + 1}; vacía si no respondió o no autorizó publicarla.",
            r => AnswerOf(r, i + 1))),
    ];

    /// <summary>The public answer, with its detail after a colon where the person specified one.</summary>
    public static string? AnswerOf(ExportRecord record, int question)
    {
        // Twenty lookups a row in a list of a few: a loop, not a closure per call.
        foreach (var a in record.Candidacy.Identity)
        {
            if (a.Question == question)
                return a.Detail is null ? a.Answer : $"{a.Answer}: {a.Detail}";
        }

        return null;
    }

    // INE's two sheets spell the local district column differently; both spellings are kept.
    private static IEnumerable<ExportColumn> Identifying(string districtHeader) =>
    [
        new("PARTIDO_COALICION", T.String, "Partido, coalición o candidatura.", r => r.Candidacy.Actor.Name),
        new("CARGO", T.String, "Cargo, con el principio en las diputaciones.", Office),
        new("ENTIDAD", T.String, "Entidad federativa.", r => Upper(r.StateName ?? r.Candidacy.Area.State)),
        new(districtHeader, T.String, "Número de distrito local o No aplica.", LocalDistrict),
        new("CIRCUNSCRIPCION", T.String, "Circunscripción o No aplica.",
            r => r.Candidacy.Area.Constituency?.ToString(CultureInfo.InvariantCulture) ?? NotApplicable),
        new("MUNICIPIO", T.String, "Municipio o No aplica.",
            r => Upper(r.MunicipalityName ?? r.Candidacy.Area.Municipality) ?? NotApplicable),
        new("NUM_LISTA_O_FORMULA", T.String, "Número de registro de la fórmula.", r => r.Candidacy.TicketNumber),
        new("NOMBRE_CANDIDATO", T.String, "Nombre de la persona candidata.", r => r.Candidacy.Name),
        new("TIPO_CANDIDATO", T.String, "PROPIETARIA, PROPIETARIO o SUPLENTE.", Role),
        new("EDAD", T.Integer, "Edad en años.", r => r.Candidacy.Age),
        new("SEXO", T.String, "MUJER, HOMBRE o NO BINARIO.", Sex),
    ];

    // TODO(#6): CARGO is rebuilt from the office code and principle; the text as published is not
    // in the profile, so it may differ from INE's wording for some offices.
    private static object? Office(ExportRecord r)
    {
        if (r.Candidacy.Office is not { } office)
            return null;

        var label = Upper(Offices.Labels.GetValueOrDefault(office, office));
        return office.StartsWith("diputacion", StringComparison.Ordinal) && r.Candidacy.Principle is { } p
            ? $"{label} {p.ToUpperInvariant()}"
            : label;
    }

    private static object LocalDistrict(ExportRecord r) =>
        r.Candidacy.Area.District is { } d && d.StartsWith("local-", StringComparison.Ordinal)
            ? int.Parse(d[(d.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture)
            : NotApplicable;

    private static object? Role(ExportRecord r) => r.Candidacy.Role switch
    {
        "owner" => r.Candidacy.Sex == "woman" ? "PROPIETARIA" : "PROPIETARIO",
        "substitute" => "SUPLENTE",
        _ => null,
    };

    private static object? Sex(ExportRecord r) => r.Candidacy.Sex switch
    {
        "woman" => "MUJER",
        "man" => "HOMBRE",
        "non-binary" => "NO BINARIO",
        _ => null,
    };

    private static string? Upper(string? text) => text?.ToUpper(Spanish);
}
