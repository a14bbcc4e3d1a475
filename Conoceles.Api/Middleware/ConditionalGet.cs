namespace Conoceles.Api.Middleware;

using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

public sealed class CachingOptions
{
    public const string SectionName = "Caching";

    public string CacheControl { get; set; } = "public, max-age=60, stale-while-revalidate=300";
}

/// <summary>
/// Public GETs carry a strong ETag computed from the body and the configured Cache-Control; a
/// matching If-None-Match gets 304 without the body. The export files stream and set their own.
/// </summary>
public sealed class ConditionalGet(RequestDelegate next, IOptions<CachingOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || !request.Path.StartsWithSegments("/api/v1")
            || PublicDataCachePolicy.IsStreamedExport(request.Path))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        await RespondAsync(context, buffer);
    }

    private async Task RespondAsync(HttpContext context, MemoryStream buffer)
    {
        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            var hash = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            var etag = $"\"{Convert.ToBase64String(hash, 0, 18).Replace('+', '-').Replace('/', '_')}\"";
            response.Headers.ETag = etag;
            response.Headers.CacheControl = options.Value.CacheControl;
            if (Matches(context.Request.Headers.IfNoneMatch.ToString(), etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }

        // An empty error is left without a length, so that the status-code pages can still write its
        // problem details.
        if (buffer.Length == 0 && response.StatusCode >= StatusCodes.Status400BadRequest)
            return;

        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, context.RequestAborted);
    }

    private static bool Matches(string ifNoneMatch, string etag) =>
        ifNoneMatch.Length > 0 && (ifNoneMatch.Trim() == "*"
            || EntityTagHeaderValue.ParseList(ifNoneMatch.Split(',')).Any(t => t.Tag == etag));
}
