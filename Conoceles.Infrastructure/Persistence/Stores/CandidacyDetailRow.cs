namespace Conoceles.Infrastructure.Persistence.Stores;

using System.Text.Json;
using Conoceles.Application.Candidacies;

/// <summary>Every column of a candidacy, as read by Dapper for its profile.</summary>
internal sealed class CandidacyDetailRow : CandidacyRow
{
    public const string DetailColumns = """
        c.nickname, c.ticket_number, c.list_position, c.affirmative_action, c.affirmative_action_group,
        c.replaced_by, c.ticket_partner_id, c.contact_json, c.education_level, c.education_status,
        c.education_level_as_published, c.education_status_as_published, c.other_studies_json,
        c.professional_history, c.political_trajectory, c.motivation, c.proposals_json, c.gender_proposal,
        c.curriculum_url, c.source_file, c.source_publisher, c.imported_at, c.updated_at
        """;

    public string? Nickname { get; set; }
    public string? TicketNumber { get; set; }
    public int? ListPosition { get; set; }
    public bool? AffirmativeAction { get; set; }
    public string? AffirmativeActionGroup { get; set; }
    public string? ReplacedBy { get; set; }
    public string? TicketPartnerId { get; set; }
    public string ContactJson { get; set; } = "{}";
    public string? EducationLevel { get; set; }
    public string? EducationStatus { get; set; }
    public string? EducationLevelAsPublished { get; set; }
    public string? EducationStatusAsPublished { get; set; }
    public string OtherStudiesJson { get; set; } = "[]";
    public string? ProfessionalHistory { get; set; }
    public string? PoliticalTrajectory { get; set; }
    public string? Motivation { get; set; }
    public string ProposalsJson { get; set; } = "[]";
    public string? GenderProposal { get; set; }
    public string? CurriculumUrl { get; set; }
    public string? SourceFile { get; set; }
    public string? SourcePublisher { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public CandidacyDetailDto ToDetail(
        CandidacyListItemDto? partner, string? substitutes, IReadOnlyList<IdentityAnswerDto> identity) => new()
    {
        Id = Id, ProcessKey = ProcessKey, Name = Name, Office = Office, Principle = Principle,
        Area = Area, Actor = Actor, Role = Role, Sex = Sex, Age = Age, PhotoUrl = PhotoUrl,
        Completeness = Completeness, Status = Status, Nickname = Nickname, TicketNumber = TicketNumber,
        ListPosition = ListPosition, AffirmativeAction = AffirmativeAction,
        AffirmativeActionGroup = AffirmativeActionGroup, TicketPartner = partner, ReplacedBy = ReplacedBy,
        Substitutes = substitutes,
        Contact = JsonSerializer.Deserialize<ContactDto>(ContactJson, StoredJson.Options)!,
        Education = new EducationDto(EducationLevel, EducationStatus, EducationLevelAsPublished,
            EducationStatusAsPublished, StoredJson.Strings(OtherStudiesJson)),
        ProfessionalHistory = ProfessionalHistory, PoliticalTrajectory = PoliticalTrajectory,
        Motivation = Motivation, Proposals = StoredJson.Strings(ProposalsJson), GenderProposal = GenderProposal,
        Identity = identity, CurriculumUrl = CurriculumUrl,
        Source = new SourceDto(SourcePublisher, SourceFile, ImportedAt), UpdatedAt = UpdatedAt,
    };
}
