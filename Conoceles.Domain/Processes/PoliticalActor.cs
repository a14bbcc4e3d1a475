namespace Conoceles.Domain.Processes;

using Conoceles.Domain.Candidacies;

/// <summary>A party, coalition, common candidacy or independent ticket, as named in one process.</summary>
public sealed record PoliticalActor(
    string Id,
    string ProcessId,
    string Name,
    string? Abbreviation,
    ActorKind Kind,
    IReadOnlyList<string> PartyAbbreviations,
    int BallotOrder);
