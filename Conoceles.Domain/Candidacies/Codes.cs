namespace Conoceles.Domain.Candidacies;

/// <summary>The lower-case codes that enumerations travel as in the API and the database.</summary>
public static class Codes
{
    public static string Of(Principle p) => p == Principle.MajorityRelative ? "mr" : "rp";

    public static string Of(TicketRole r) => r switch
    {
        TicketRole.Owner => "owner",
        TicketRole.Substitute => "substitute",
        _ => "unknown",
    };

    public static string Of(Sex s) => s switch
    {
        Sex.Woman => "woman",
        Sex.Man => "man",
        Sex.NonBinary => "non-binary",
        _ => "unknown",
    };

    public static string Of(CandidacyStatus s) => s switch
    {
        CandidacyStatus.NotCaptured => "not-captured",
        CandidacyStatus.CorrectionRequested => "correction-requested",
        _ => s.ToString().ToLowerInvariant(),
    };

    public static string Of(EducationLevel l) => l switch
    {
        EducationLevel.TecnicoSuperior => "tecnico-superior",
        _ => l.ToString().ToLowerInvariant(),
    };

    public static string Of(EducationStatus s) => s.ToString().ToLowerInvariant();

    public static string Of(SocialNetwork n) => n.ToString().ToLowerInvariant();

    public static string Of(ActorKind k) => k switch
    {
        ActorKind.CommonCandidacy => "common-candidacy",
        _ => k.ToString().ToLowerInvariant(),
    };
}
