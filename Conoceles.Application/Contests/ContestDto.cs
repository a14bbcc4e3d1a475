namespace Conoceles.Application.Contests;

using Conoceles.Application.Candidacies;

/// <summary>The post on one ballot in one area, with its candidacies in ballot order.</summary>
public sealed record ContestDto(
    string Process,
    string? Office,
    string? Principle,
    AreaDto Area,
    int? Seats,
    IReadOnlyList<CandidacyListItemDto> Candidacies);

public sealed record ContestFilter(string? ProcessId, string? State, string? Municipality, string? District);

public interface IContestReadStore
{
    Task<IReadOnlyList<ContestDto>> ListAsync(ContestFilter filter, CancellationToken cancellationToken);
}
