namespace Conoceles.Api.Middleware;

/// <summary>Headers that keep browsers from sniffing, framing or leaking referrers.</summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = "frame-ancestors 'none'";
        return next(context);
    }
}
