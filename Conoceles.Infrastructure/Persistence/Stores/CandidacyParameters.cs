namespace Conoceles.Infrastructure.Persistence.Stores;

using System.Security.Cryptography;
using System.Text;
using Conoceles.Application.Candidacies;
using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;
using Conoceles.Domain.Text;

/// <summary>The column values of one candidacy, bound by name in INSERT and UPDATE.</summary>
internal sealed record CandidacyParameters(
    string Id, string ProcessId, string ActorId, string Name, string SortKey, string SearchKey,
    string? Nickname, string? Office, string? OfficeAsPublished, string? Principle, string? State,
    string? District, string? Municipality, int? Constituency, string? AreaLabel, string? TicketNumber,
    int? ListPosition, string Role, string Sex, int? Age, bool? AffirmativeAction,
    string? AffirmativeActionGroup, string Status, string? ReplacedBy, string? TicketPartnerId,
    string ContactJson, string? EducationLevel, string? EducationStatus, string? EducationLevelAsPublished,
    string? EducationStatusAsPublished, string OtherStudiesJson, string? ProfessionalHistory,
    string? PoliticalTrajectory, string? Motivation, string ProposalsJson, string? GenderProposal,
    string? CurriculumUrl, string? PhotoUrl, double Completeness, string SourceFile, string SourcePublisher,
    string SourceKey, int SourceRow, string ContentHash, DateTimeOffset Now)
{
    public const string ColumnList = """
        id, process_id, actor_id, name, sort_key, search_key, nickname, office, office_as_published,
        principle, state, district, municipality, constituency, area_label, ticket_number, list_position,
        role, sex, age, affirmative_action, affirmative_action_group, status, replaced_by,
        ticket_partner_id, contact_json, education_level, education_status, education_level_as_published,
        education_status_as_published, other_studies_json, professional_history, political_trajectory,
        motivation, proposals_json, gender_proposal, curriculum_url, photo_url, completeness, source_file,
        source_publisher, source_key, source_row, content_hash
        """;

    public static IReadOnlyList<string> Columns { get; } =
        ColumnList.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static CandidacyParameters From(PlannedCandidacy planned, DateTimeOffset now)
    {
        var (c, source) = (planned.Candidacy, planned.Source);
        var contact = new ContactDto(c.Contact.Addresses, c.Contact.Phones, c.Contact.Emails, c.Contact.Website,
            c.Contact.SocialNetworks.Select(s => new SocialLinkDto(Codes.Of(s.Network), s.Url)).ToList());
        var values = new CandidacyParameters(
            c.Id, c.ProcessId, c.ActorId, c.Name, NameKeys.Sort(c.Name), NameKeys.Search(c.Name), c.Nickname,
            c.Office, c.OfficeAsPublished, c.Principle is { } p ? Codes.Of(p) : null, c.Area.State,
            c.Area.District, c.Area.Municipality, c.Area.Constituency, c.Area.Label, c.TicketNumber,
            c.ListPosition, Codes.Of(c.Role), Codes.Of(c.Sex), c.Age, c.AffirmativeAction,
            c.AffirmativeActionGroup, Codes.Of(c.Status), c.ReplacedBy, c.TicketPartnerId,
            StoredJson.Write(contact), c.Education.Level is { } l ? Codes.Of(l) : null,
            c.Education.Status is { } s ? Codes.Of(s) : null, c.Education.LevelAsPublished,
            c.Education.StatusAsPublished, StoredJson.Write(c.Education.OtherStudies), c.ProfessionalHistory,
            c.PoliticalTrajectory, c.Motivation, StoredJson.Write(c.Proposals), c.GenderProposal,
            c.CurriculumUrl, c.PhotoUrl, c.Completeness, source.File, source.Publisher, source.SourceKey,
            source.Row, "", now);
        return values with { ContentHash = HashOf(values, c.Identity) };
    }

    private static string HashOf(CandidacyParameters values, IReadOnlyList<IdentityAnswer> identity)
    {
        var text = StoredJson.Write(new { values = values with { Now = default }, identity });
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
