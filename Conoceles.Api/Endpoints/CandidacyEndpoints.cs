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
        [AsParameters] CandidacySearchParameters parameters, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(parameters.ToQuery(), ct));

    public static async Task<Results<Ok<CandidacyDetailDto>, ProblemHttpResult>> GetCandidacy(
        [Description("Candidacy id, stable across re-imports.")] string id, IMediator mediator, CancellationToken ct) =>
        await mediator.Send(new GetCandidacyQuery(id), ct) is { } found
            ? TypedResults.Ok(found)
            : Problems.NotFound($"No candidacy has the id '{id}'.");
}
