namespace Conoceles.Application.Candidacies;

public sealed record AreaDto(
    string? State, string? District, string? Municipality, int? Constituency, string? Label);

public sealed record ActorRefDto(string Id, string Name, string? Abbreviation, string Kind);

public sealed record CandidacyListItemDto(
    string Id,
    string ProcessKey,
    string Name,
    string? Office,
    string? Principle,
    AreaDto Area,
    ActorRefDto Actor,
    string Role,
    string Sex,
    int? Age,
    string? PhotoUrl,
    double Completeness,
    string Status);

public sealed record SocialLinkDto(string Network, string Url);

public sealed record ContactDto(
    IReadOnlyList<string> Addresses,
    IReadOnlyList<string> Phones,
    IReadOnlyList<string> Emails,
    string? Website,
    IReadOnlyList<SocialLinkDto> SocialNetworks);

public sealed record EducationDto(
    string? Level,
    string? Status,
    string? LevelAsPublished,
    string? StatusAsPublished,
    IReadOnlyList<string> OtherStudies);

public sealed record IdentityAnswerDto(int Question, string QuestionText, string? Answer, string? Detail);

public sealed record SourceDto(string? Publisher, string? File, DateTimeOffset ImportedAt);
