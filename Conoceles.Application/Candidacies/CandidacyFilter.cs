namespace Conoceles.Application.Candidacies;

/// <summary>A validated search over public candidacies. ProcessId is already resolved.</summary>
public sealed record CandidacyFilter
{
    public string? ProcessId { get; init; }
    public string? Office { get; init; }
    public string? Principle { get; init; }
    public string? ActorId { get; init; }
    public string? State { get; init; }
    public string? District { get; init; }
    public string? Municipality { get; init; }
    public string? Role { get; init; }
    public string? Sex { get; init; }
    public int? AgeMin { get; init; }
    public int? AgeMax { get; init; }
    public string? Education { get; init; }
    public bool? AffirmativeAction { get; init; }
    public string Status { get; init; } = "published";
    public IReadOnlyList<string> NameWords { get; init; } = [];
    public CandidacySort Sort { get; init; } = CandidacySort.Name;
    public bool Descending { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}

public enum CandidacySort { Name, Office, Actor, Age }
