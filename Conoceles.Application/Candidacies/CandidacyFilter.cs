namespace Conoceles.Application.Candidacies;

/// <summary>A validated search over published candidacies. ProcessId is already resolved.</summary>
public sealed record CandidacyFilter(
    string? ProcessId,
    string? Office,
    string? ActorId,
    string? State,
    IReadOnlyList<string> NameWords,
    int Page,
    int PageSize);
