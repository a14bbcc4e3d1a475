namespace Conoceles.Application.Candidacies;

/// <summary>A candidacy in full: every published section of both questionnaires.</summary>
public sealed record CandidacyDetailDto
{
    public required string Id { get; init; }
    public required string ProcessKey { get; init; }
    public required string Name { get; init; }
    public required string? Office { get; init; }
    public required string? Principle { get; init; }
    public required AreaDto Area { get; init; }
    public required ActorRefDto Actor { get; init; }
    public required string Role { get; init; }
    public required string Sex { get; init; }
    public required int? Age { get; init; }
    public required string? PhotoUrl { get; init; }
    public required double Completeness { get; init; }
    public required string Status { get; init; }
    public required string? Nickname { get; init; }
    public required string? TicketNumber { get; init; }
    public required int? ListPosition { get; init; }
    public required bool? AffirmativeAction { get; init; }
    public required string? AffirmativeActionGroup { get; init; }
    public required CandidacyListItemDto? TicketPartner { get; init; }
    public required string? ReplacedBy { get; init; }
    public required string? Substitutes { get; init; }
    public required ContactDto Contact { get; init; }
    public required EducationDto Education { get; init; }
    public required string? ProfessionalHistory { get; init; }
    public required string? PoliticalTrajectory { get; init; }
    public required string? Motivation { get; init; }
    public required IReadOnlyList<string> Proposals { get; init; }
    public required string? GenderProposal { get; init; }
    public required IReadOnlyList<IdentityAnswerDto> Identity { get; init; }
    public required string? CurriculumUrl { get; init; }
    public required SourceDto Source { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}
