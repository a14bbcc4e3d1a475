namespace Conoceles.Application.Candidacies.Queries.ListCandidacies;

using Conoceles.Application.Common;
using Mediator;

/// <summary>Public search. Values arrive as text so that "abc" is a validation error, not a 500.</summary>
public sealed record ListCandidaciesQuery : IQuery<PagedList<CandidacyListItemDto>>
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;
    public const int MaxQueryLength = 200;
    public const int MinAge = 18;
    public const int MaxAge = 120;

    public static readonly IReadOnlyList<string> PublicStatuses = ["published", "substituted"];

    public static readonly IReadOnlyList<string> Sorts = ["name", "office", "actor", "age"];

    public string? Process { get; init; }
    public string? Office { get; init; }
    public string? Principle { get; init; }
    public string? Actor { get; init; }
    public string? State { get; init; }
    public string? District { get; init; }
    public string? Municipality { get; init; }
    public string? Role { get; init; }
    public string? Sex { get; init; }
    public string? AgeMin { get; init; }
    public string? AgeMax { get; init; }
    public string? Education { get; init; }
    public string? AffirmativeAction { get; init; }
    public string? Status { get; init; }
    public string? Sort { get; init; }
    public string? Q { get; init; }
    public string? Page { get; init; }
    public string? PageSize { get; init; }
}
