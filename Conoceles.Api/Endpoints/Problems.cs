namespace Conoceles.Api.Endpoints;

using Microsoft.AspNetCore.Http.HttpResults;

internal static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
