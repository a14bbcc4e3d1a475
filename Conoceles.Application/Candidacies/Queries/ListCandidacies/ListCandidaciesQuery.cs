namespace Conoceles.Application.Candidacies.Queries.ListCandidacies;

using Conoceles.Application.Common;
using Mediator;

/// <summary>Public search. Numbers arrive as text so that "abc" is a validation error, not a 500.</summary>
public sealed record ListCandidaciesQuery(
    string? Process,
    string? Office,
    string? Actor,
    string? State,
    string? Q,
    string? Page,
    string? PageSize) : IQuery<PagedList<CandidacyListItemDto>>
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;
    public const int MaxQueryLength = 200;
}
