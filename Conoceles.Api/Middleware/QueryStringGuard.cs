namespace Conoceles.Api.Middleware;

using Microsoft.AspNetCore.Mvc;

/// <summary>
/// Rejects, before any handler runs, a query parameter given twice or a value too long to be
/// meant: a 400 naming the parameter instead of a silent pick of one value.
/// </summary>
public sealed class QueryStringGuard(RequestDelegate next, IProblemDetailsService problems)
{
    public const int MaxValueLength = 500;

    public async Task InvokeAsync(HttpContext context)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (name, values) in context.Request.Query)
        {
            if (values.Count > 1)
                errors[name] = [$"{name} must be given once."];
            else if (values.ToString().Length > MaxValueLength)
                errors[name] = [$"{name} must be at most {MaxValueLength} characters."];
        }

        if (errors.Count == 0)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ValidationProblemDetails(errors)
            {
                Status = 400, Title = "Invalid parameters", Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            },
        });
    }
}
