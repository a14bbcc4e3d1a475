namespace Conoceles.Domain.Candidacies;

public enum Principle { MajorityRelative, Proportional }

public enum TicketRole { Unknown, Owner, Substitute }

public enum Sex { Unknown, Woman, Man, NonBinary }

public enum CandidacyStatus
{
    NotCaptured,
    Draft,
    Submitted,
    Observed,
    Published,
    CorrectionRequested,
    Substituted,
    Cancelled,
}

public enum EducationLevel
{
    None,
    Primaria,
    Secundaria,
    Tecnica,
    Preparatoria,
    TecnicoSuperior,
    Licenciatura,
    Especialidad,
    Maestria,
    Posgrado,
    Doctorado,
    Posdoctorado,
    Unmapped,
}

public enum EducationStatus { Cursando, Trunco, Certificado, Titulo, Cedula, Concluido, Unmapped }

public enum SocialNetwork { Facebook, X, Instagram, YouTube, TikTok, Other }
