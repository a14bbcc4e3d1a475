namespace Conoceles.Api.Middleware;

/// <summary>
/// Headers that keep browsers from sniffing, framing or leaking referrers, and Vary: Origin. Set as
/// the response starts, so that answers written after an exception handler cleared the headers
/// carry them too.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = "frame-ancestors 'none'";
            // CORS headers depend on Origin, also when it is absent: a shared cache must not give
            // an answer without them to the SPA.
            if (!headers.Vary.Any(v => v?.Contains("Origin", StringComparison.OrdinalIgnoreCase) == true))
                headers.Append("Vary", "Origin");
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
