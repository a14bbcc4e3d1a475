namespace Conoceles.Api.Endpoints;

using System.ComponentModel;
using Conoceles.Application.Common;
using Conoceles.Application.Geography;
using Conoceles.Application.Geography.Queries;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

public static class GeographyEndpoints
{
    private const string ProcessHelp = "Process key or id: only the places its published data covers.";

    public static IEndpointRouteBuilder MapGeographyEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/geography").WithTags("Geography").ProducesValidationProblem();
        group.MapGet("/states", ListStates).WithName(nameof(ListStates))
            .WithSummary("States").WithDescription("The 32 states with their INEGI codes.");
        group.MapGet("/states/{state}/municipalities", ListMunicipalities).WithName(nameof(ListMunicipalities))
            .WithSummary("Municipalities of a state")
            .WithDescription("INEGI municipalities (alcaldías in Mexico City) with their five-digit codes.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/states/{state}/districts", ListDistricts).WithName(nameof(ListDistricts))
            .WithSummary("Electoral districts of a state")
            .WithDescription("Federal districts from the 2023 map; local districts as the published data names them.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<ItemList<StateDto>>> ListStates(
        IMediator mediator, CancellationToken ct, [Description(ProcessHelp)] string? process = null) =>
        TypedResults.Ok(await mediator.Send(new ListStatesQuery(process), ct));

    public static async Task<Results<Ok<ItemList<MunicipalityDto>>, ProblemHttpResult>> ListMunicipalities(
        [Description("INEGI two-digit state code.")] string state, IMediator mediator, CancellationToken ct,
        [Description(ProcessHelp)] string? process = null) =>
        await mediator.Send(new ListMunicipalitiesQuery(state, process), ct) is { } found
            ? TypedResults.Ok(found)
            : Problems.NotFound($"No state has the code '{state}'.");

    public static async Task<Results<Ok<ItemList<DistrictDto>>, ProblemHttpResult>> ListDistricts(
        [Description("INEGI two-digit state code.")] string state, IMediator mediator, CancellationToken ct,
        [Description("local (default) or federal.")] string? kind = null,
        [Description(ProcessHelp)] string? process = null) =>
        await mediator.Send(new ListDistrictsQuery(state, kind, process), ct) is { } found
            ? TypedResults.Ok(found)
            : Problems.NotFound($"No state has the code '{state}'.");
}
