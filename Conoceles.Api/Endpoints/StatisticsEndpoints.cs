namespace Conoceles.Api.Endpoints;

using System.ComponentModel;
using Conoceles.Application.Statistics;
using Conoceles.Application.Statistics.Queries.GetStatistics;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

public static class StatisticsEndpoints
{
    public static IEndpointRouteBuilder MapStatisticsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/statistics").WithTags("Statistics");
        group.MapGet("/", GetStatistics).WithName(nameof(GetStatistics))
            .WithSummary("Statistics of what is published")
            .WithDescription("Registered, captured and published counts per actor and office; sex, age, " +
                "education, income and the seven identity groups of published candidacies. Every breakdown " +
                "states its denominator; cells under the threshold that hold a non-public answer are null " +
                "with suppressed true, and suppressedTotal gives their sum.")
            .ProducesValidationProblem();
        return app;
    }

    public static async Task<Ok<StatisticsDto>> GetStatistics(
        [FromQuery(Name = "process"), Description("Process key (cdmx-2024) or id; all processes when absent.")]
        string? process,
        [FromQuery(Name = "office"), Description("Office code from the office catalogue.")] string? office,
        [FromQuery(Name = "actor"), Description("Political actor id.")] string? actor,
        [FromQuery(Name = "state"), Description("INEGI two-digit state code, e.g. 05.")] string? state,
        IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetStatisticsQuery(process, office, actor, state), ct));
}
