namespace Conoceles.Domain.Candidacies;

/// <summary>
/// One person in one ticket role in one contest, with both questionnaires as published.
/// </summary>
public sealed record Candidacy
{
    public required string Id { get; init; }
    public required string ProcessId { get; init; }
    public required string Name { get; init; }
    public string? Nickname { get; init; }
    public string? Office { get; init; }
    public string? OfficeAsPublished { get; init; }
    public Principle? Principle { get; init; }
    public required Area Area { get; init; }
    public required string ActorId { get; init; }
    public string? TicketNumber { get; init; }
    public int? ListPosition { get; init; }
    public TicketRole Role { get; init; }
    public Sex Sex { get; init; }
    public int? Age { get; init; }
    public bool? AffirmativeAction { get; init; }
    public string? AffirmativeActionGroup { get; init; }
    public CandidacyStatus Status { get; init; } = CandidacyStatus.Published;
    public string? ReplacedBy { get; init; }
    public string? TicketPartnerId { get; init; }
    public Contact Contact { get; init; } = Contact.Empty;
    public Education Education { get; init; } = Education.Empty;
    public string? ProfessionalHistory { get; init; }
    public string? PoliticalTrajectory { get; init; }
    public string? Motivation { get; init; }
    public IReadOnlyList<string> Proposals { get; init; } = [];
    public string? GenderProposal { get; init; }
    public IReadOnlyList<IdentityAnswer> Identity { get; init; } = [];
    public string? CurriculumUrl { get; init; }
    public string? PhotoUrl { get; init; }

    /// <summary>Share of the curricular sections of the questionnaire that hold a value.</summary>
    public double Completeness
    {
        get
        {
            bool[] sections =
            [
                Contact.HasAny, Education.HasAny, ProfessionalHistory is not null,
                PoliticalTrajectory is not null, Motivation is not null, Proposals.Count > 0,
                GenderProposal is not null, PhotoUrl is not null || CurriculumUrl is not null,
            ];
            return Math.Round(sections.Count(s => s) / (double)sections.Length, 3);
        }
    }
}
