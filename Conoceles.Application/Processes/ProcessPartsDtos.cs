namespace Conoceles.Application.Processes;

public sealed record OfficeDto(string Code, string Label, IReadOnlyList<string> Principles, int CandidacyCount);

public sealed record PoliticalActorDto(
    string Id,
    string Name,
    string? Abbreviation,
    string Kind,
    IReadOnlyList<string> Parties,
    int BallotOrder,
    int CandidacyCount);

public interface IProcessPartsReadStore
{
    Task<IReadOnlyList<(string? Office, string? Principle, int Count)>> OfficeCountsAsync(
        string processId, CancellationToken cancellationToken);

    Task<IReadOnlyList<PoliticalActorDto>> ActorsAsync(string processId, CancellationToken cancellationToken);
}
