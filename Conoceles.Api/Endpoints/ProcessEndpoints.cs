namespace Conoceles.Api.Endpoints;

using System.ComponentModel;
using Conoceles.Application.Common;
using Conoceles.Application.Processes;
using Conoceles.Application.Processes.Queries.GetProcess;
using Conoceles.Application.Processes.Queries.ListOffices;
using Conoceles.Application.Processes.Queries.ListPoliticalActors;
using Conoceles.Application.Processes.Queries.ListProcesses;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

public static class ProcessEndpoints
{
    public static IEndpointRouteBuilder MapProcessEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/processes").WithTags("Processes");
        group.MapGet("/", ListProcesses).WithName(nameof(ListProcesses))
            .WithSummary("Electoral processes")
            .WithDescription("Every electoral process with published candidacies, newest election first.");
        group.MapGet("/{process}", GetProcess).WithName(nameof(GetProcess))
            .WithSummary("One electoral process")
            .WithDescription("Finds a process by its id or its readable key, such as cdmx-2024.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{process}/offices", ListOffices).WithName(nameof(ListOffices))
            .WithSummary("Offices of a process")
            .WithDescription("Each office the process elects, its principles and its published candidacy count.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{process}/political-actors", ListPoliticalActors).WithName(nameof(ListPoliticalActors))
            .WithSummary("Political actors of a process")
            .WithDescription("Parties, coalitions (with their parties where known) and independents, in ballot order.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Ok<ItemList<OfficeDto>>, ProblemHttpResult>> ListOffices(
        [Description("Process key or id.")] string process, IMediator mediator, CancellationToken ct) =>
        await mediator.Send(new ListOfficesQuery(process), ct) is { } found
            ? TypedResults.Ok(found)
            : Problems.NotFound($"No electoral process has the id or key '{process}'.");

    public static async Task<Results<Ok<ItemList<PoliticalActorDto>>, ProblemHttpResult>> ListPoliticalActors(
        [Description("Process key or id.")] string process, IMediator mediator, CancellationToken ct) =>
        await mediator.Send(new ListPoliticalActorsQuery(process), ct) is { } found
            ? TypedResults.Ok(found)
            : Problems.NotFound($"No electoral process has the id or key '{process}'.");

    public static async Task<Ok<ItemList<ProcessDto>>> ListProcesses(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListProcessesQuery(), ct));

    public static async Task<Results<Ok<ProcessDto>, ProblemHttpResult>> GetProcess(
        [Description("Process key (cdmx-2024) or id.")] string process, IMediator mediator, CancellationToken ct) =>
        await mediator.Send(new GetProcessQuery(process), ct) is { } found
            ? TypedResults.Ok(found)
            : Problems.NotFound($"No electoral process has the id or key '{process}'.");
}
