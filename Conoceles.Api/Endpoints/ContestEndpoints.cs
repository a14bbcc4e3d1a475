namespace Conoceles.Api.Endpoints;

using System.ComponentModel;
using Conoceles.Application.Common;
using Conoceles.Application.Contests;
using Conoceles.Application.Contests.Queries.ListContests;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

public static class ContestEndpoints
{
    public static IEndpointRouteBuilder MapContestEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/contests", ListContests).WithTags("Contests").WithName(nameof(ListContests))
            .WithSummary("Who is on my ballot")
            .WithDescription("The contests of a place with their candidacies in ballot order. A municipality or a " +
                "district also brings the statewide contests of its state.")
            .ProducesValidationProblem();
        return app;
    }

    public static async Task<Ok<ItemList<ContestDto>>> ListContests(
        IMediator mediator, CancellationToken ct,
        [Description("Process key or id; every process when absent.")] string? process = null,
        [Description("INEGI two-digit state code.")] string? state = null,
        [Description("INEGI five-digit municipality code.")] string? municipality = null,
        [Description("District code: federal-05-03 or local-31-05.")] string? district = null) =>
        TypedResults.Ok(await mediator.Send(new ListContestsQuery(process, state, municipality, district), ct));
}
