namespace Conoceles.Application.Catalogs;

using Conoceles.Domain.Candidacies;

/// <summary>Every code that travels in the API, with its Spanish label.</summary>
public static class CodeCatalogs
{
    public static readonly IReadOnlyList<CatalogDto> All =
    [
        new("office", Offices.Labels.Select(p => new CatalogEntryDto(p.Key, p.Value)).ToList()),
        Of("principle",
            (Principle.MajorityRelative, "Mayoría relativa"),
            (Principle.Proportional, "Representación proporcional")),
        Of("role", (TicketRole.Owner, "Propietaria o propietario"), (TicketRole.Substitute, "Suplente"),
            (TicketRole.Unknown, "Sin dato")),
        Of("sex", (Sex.Woman, "Mujer"), (Sex.Man, "Hombre"), (Sex.NonBinary, "No binario"), (Sex.Unknown, "Sin dato")),
        Of("education",
            (EducationLevel.None, "Sin estudios"), (EducationLevel.Primaria, "Primaria"),
            (EducationLevel.Secundaria, "Secundaria"), (EducationLevel.Tecnica, "Carrera técnica"),
            (EducationLevel.Preparatoria, "Preparatoria o bachillerato"),
            (EducationLevel.TecnicoSuperior, "Técnico superior universitario"),
            (EducationLevel.Licenciatura, "Licenciatura"), (EducationLevel.Especialidad, "Especialidad"),
            (EducationLevel.Maestria, "Maestría"), (EducationLevel.Posgrado, "Posgrado"),
            (EducationLevel.Doctorado, "Doctorado"), (EducationLevel.Posdoctorado, "Posdoctorado"),
            (EducationLevel.Unmapped, "Otro (como se publicó)")),
        Of("educationStatus",
            (EducationStatus.Cursando, "Cursando"), (EducationStatus.Trunco, "Trunco"),
            (EducationStatus.Certificado, "Certificado"), (EducationStatus.Titulo, "Título"),
            (EducationStatus.Cedula, "Cédula profesional"), (EducationStatus.Concluido, "Concluido"),
            (EducationStatus.Unmapped, "Otro (como se publicó)")),
        Of("status",
            (CandidacyStatus.NotCaptured, "Sin capturar"), (CandidacyStatus.Draft, "En captura"),
            (CandidacyStatus.Submitted, "Enviada a revisión"), (CandidacyStatus.Observed, "Con observaciones"),
            (CandidacyStatus.Published, "Publicada"), (CandidacyStatus.CorrectionRequested, "Corrección solicitada"),
            (CandidacyStatus.Substituted, "Sustituida"), (CandidacyStatus.Cancelled, "Cancelada")),
        Of("actorKind",
            (ActorKind.Party, "Partido político"), (ActorKind.Coalition, "Coalición"),
            (ActorKind.CommonCandidacy, "Candidatura común"), (ActorKind.Independent, "Candidatura independiente")),
        Of("socialNetwork",
            (SocialNetwork.Facebook, "Facebook"), (SocialNetwork.X, "X (Twitter)"),
            (SocialNetwork.Instagram, "Instagram"), (SocialNetwork.YouTube, "YouTube"),
            (SocialNetwork.TikTok, "TikTok"), (SocialNetwork.Other, "Otra")),
    ];

    private static CatalogDto Of<T>(string name, params (T Value, string Label)[] entries)
        where T : struct, Enum =>
        new(name, entries.Select(e => new CatalogEntryDto(CodeOf(e.Value), e.Label)).ToList());

    private static string CodeOf<T>(T value) where T : struct, Enum => value switch
    {
        Principle p => Codes.Of(p),
        TicketRole r => Codes.Of(r),
        Sex s => Codes.Of(s),
        EducationLevel l => Codes.Of(l),
        EducationStatus s => Codes.Of(s),
        CandidacyStatus s => Codes.Of(s),
        ActorKind k => Codes.Of(k),
        SocialNetwork n => Codes.Of(n),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };
}
