namespace Conoceles.Application.Exports;

using Conoceles.Domain.Candidacies;
using T = ColumnType;

/// <summary>Every published field of a candidacy, with the codes the API uses.</summary>
public static class ConocelesColumns
{
    public static IReadOnlyList<ExportColumn> All { get; } =
    [
        new("id", T.String, "Identificador de la candidatura, estable entre importaciones.", r => r.Candidacy.Id),
        new("proceso", T.String, "Clave del proceso electoral (por ejemplo cdmx-2024).", r => r.Candidacy.ProcessKey),
        new("nombre", T.String, "Nombre de la persona candidata como se publicó.", r => r.Candidacy.Name),
        new("sobrenombre", T.String, "Sobrenombre, si lo registró.", r => r.Candidacy.Nickname),
        new("actor_id", T.String, "Identificador del partido, coalición o candidatura.", r => r.Candidacy.Actor.Id),
        new("actor", T.String, "Nombre del actor político.", r => r.Candidacy.Actor.Name),
        new("actor_siglas", T.String, "Siglas del actor político; vacío si se desconocen.",
            r => r.Candidacy.Actor.Abbreviation),
        new("actor_tipo", T.String, "party, coalition, common-candidacy o independent.", r => r.Candidacy.Actor.Kind),
        new("cargo", T.String, "Código del cargo (catálogo office).", r => r.Candidacy.Office),
        new("principio", T.String, "mr (mayoría relativa) o rp (representación proporcional).",
            r => r.Candidacy.Principle),
        new("entidad", T.String, "Clave INEGI de dos dígitos de la entidad.", r => r.Candidacy.Area.State),
        new("distrito", T.String, "Distrito: federal-05-03 o local-31-05.", r => r.Candidacy.Area.District),
        new("municipio", T.String, "Clave INEGI de cinco dígitos del municipio.", r => r.Candidacy.Area.Municipality),
        new("circunscripcion", T.Integer, "Número de circunscripción (representación proporcional).",
            r => r.Candidacy.Area.Constituency),
        new("demarcacion", T.String, "Demarcación como se publicó.", r => r.Candidacy.Area.Label),
        new("num_formula", T.String, "Número de fórmula o de registro de la fuente.", r => r.Candidacy.TicketNumber),
        new("posicion_lista", T.Integer, "Posición en la lista de representación proporcional.",
            r => r.Candidacy.ListPosition),
        new("tipo", T.String, "owner (propietaria o propietario), substitute (suplente) o unknown.",
            r => r.Candidacy.Role),
        new("sexo", T.String, "woman, man, non-binary o unknown.", r => r.Candidacy.Sex),
        new("edad", T.Integer, "Edad en años; la fecha de nacimiento no se publica.", r => r.Candidacy.Age),
        new("accion_afirmativa", T.Boolean, "Registrada bajo una acción afirmativa.",
            r => r.Candidacy.AffirmativeAction),
        new("accion_afirmativa_grupo", T.String, "Grupo de la acción afirmativa.",
            r => r.Candidacy.AffirmativeActionGroup),
        new("direcciones", T.List, "Domicilios de casa de campaña.", r => r.Candidacy.Contact.Addresses),
        new("telefonos", T.List, "Teléfonos públicos de campaña.", r => r.Candidacy.Contact.Phones),
        new("correos", T.List, "Correos electrónicos públicos.", r => r.Candidacy.Contact.Emails),
        new("pagina_web", T.String, "Página web.", r => r.Candidacy.Contact.Website),
        new("redes", T.List, "Redes sociales, cada una como red: dirección.",
            r => r.Candidacy.Contact.SocialNetworks.Select(s => $"{s.Network}: {s.Url}").ToList()),
        new("escolaridad", T.String, "Código del máximo grado de estudios (catálogo education).",
            r => r.Candidacy.Education.Level),
        new("escolaridad_estatus", T.String, "Código del estatus de los estudios (catálogo educationStatus).",
            r => r.Candidacy.Education.Status),
        new("escolaridad_publicada", T.String, "Grado de estudios como lo publicó la fuente.",
            r => r.Candidacy.Education.LevelAsPublished),
        new("escolaridad_estatus_publicado", T.String, "Estatus de los estudios como lo publicó la fuente.",
            r => r.Candidacy.Education.StatusAsPublished),
        new("otros_estudios", T.List, "Cursos, diplomados y otros estudios.", r => r.Candidacy.Education.OtherStudies),
        new("historia_profesional", T.String, "Historia profesional y laboral.",
            r => r.Candidacy.ProfessionalHistory),
        new("trayectoria_politica", T.String, "Trayectoria política y participación social.",
            r => r.Candidacy.PoliticalTrajectory),
        new("motivo_cargo_publico", T.String, "Por qué quiere ocupar un cargo público.", r => r.Candidacy.Motivation),
        new("propuesta_1", T.String, "Primera propuesta.", r => r.Candidacy.Proposals.ElementAtOrDefault(0)),
        new("propuesta_2", T.String, "Segunda propuesta.", r => r.Candidacy.Proposals.ElementAtOrDefault(1)),
        new("propuesta_genero", T.String, "Propuesta en materia de género o del grupo que representa.",
            r => r.Candidacy.GenderProposal),
        new("curriculum_url", T.String, "Dirección del currículum publicado por la fuente.",
            r => r.Candidacy.CurriculumUrl),
        new("foto_url", T.String, "Dirección de la fotografía.", r => r.Candidacy.PhotoUrl),
        new("fuente", T.String, "Institución que publicó los datos.", r => r.Candidacy.Source.Publisher),
        new("fuente_archivo", T.String, "Archivo de origen.", r => r.Candidacy.Source.File),
        new("actualizado", T.DateTime, "Última publicación de la candidatura (UTC, ISO 8601).",
            r => r.Candidacy.UpdatedAt),
        .. Enumerable.Range(1, 20).Select(Identity),
    ];

    /// <summary>Only answers the person authorised for publication reach this column.</summary>
    private static ExportColumn Identity(int question) => new(
        $"identidad_{question:00}", T.String,
        $"Cuestionario de identidad, pregunta {question}: {IdentityQuestions.TextOf(question)} " +
        "Vacío si no respondió o no autorizó publicar su respuesta.",
        r => IneColumns.AnswerOf(r, question));
}
