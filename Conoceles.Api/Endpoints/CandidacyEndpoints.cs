namespace Conoceles.Api.Endpoints;

using System.ComponentModel;
using Conoceles.Application.Candidacies;
using Conoceles.Application.Candidacies.Queries.GetCandidacy;
using Conoceles.Application.Candidacies.Queries.ListCandidacies;
using Conoceles.Application.Common;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

public static class CandidacyEndpoints
{
    public static IEndpointRouteBuilder MapCandidacyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/candidacies").WithTags("Candidacies");
        group.MapGet("/", ListCandidacies).WithName(nameof(ListCandidacies))
            .WithSummary("Search published candidacies")
            .WithDescription("Pages of published candidacies in name order (accents folded, Ñ after N), ties by id.")
            .ProducesValidationProblem();
        group.MapGet("/{id}", GetCandidacy).WithName(nameof(GetCandidacy))
            .WithSummary("One candidacy in full")
            .WithDescription("Every published section of both questionnaires, the ticket partner and the source.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<PagedList<CandidacyListItemDto>>> ListCandidacies(
        IMediator mediator,
        CancellationToken ct,
        [Description("Process key (cdmx-2024) or id; all processes when absent.")] string? process = null,
        [Description("Office code from the office catalogue, e.g. diputacion-local.")] string? office = null,
        [Description("Political actor id.")] string? actor = null,
        [Description("INEGI two-digit state code, e.g. \"05\".")] string? state = null,
        [Description("Name words; accent-, case- and order-insensitive.")] string? q = null,
        [Description("Page number, from 1.")] string? page = null,
        [Description("Items per page, 1 to 200; 25 by default.")] string? pageSize = null) =>
        TypedResults.Ok(await mediator.Send(
            new ListCandidaciesQuery(process, office, actor, state, q, page, pageSize), ct));

    public static async Task<Results<Ok<CandidacyDetailDto>, ProblemHttpResult>> GetCandidacy(
        [Description("Candidacy id, stable across re-imports.")] string id, IMediator mediator, CancellationToken ct) =>
        await mediator.Send(new GetCandidacyQuery(id), ct) is { } found
            ? TypedResults.Ok(found)
            : Problems.NotFound($"No candidacy has the id '{id}'.");
}
