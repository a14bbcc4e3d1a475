namespace Conoceles.Api.Endpoints;

using Conoceles.Application.Catalogs;
using Conoceles.Application.Catalogs.Queries.GetCatalogs;
using Conoceles.Application.Common;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

public static class CatalogEndpoints
{
    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/catalogs", GetCatalogs).WithTags("Catalogs").WithName(nameof(GetCatalogs))
            .WithSummary("Codes and their Spanish labels")
            .WithDescription("Every enumeration code that travels in the API, with the label a citizen reads.");
        return app;
    }

    public static async Task<Ok<ItemList<CatalogDto>>> GetCatalogs(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetCatalogsQuery(), ct));
}
