namespace Conoceles.Api.Middleware;

using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    public int PermitLimit { get; set; } = 300;

    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// A fixed window per client address, on everything but the health checks. The window lives in
/// each instance's memory: behind a load balancer with N instances a client may get up to N times
/// the limit.
/// </summary>
public static class RateLimiting
{
    public static IServiceCollection AddClientRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitingOptions.SectionName).Get<RateLimitingOptions>() ?? new();
        return services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !options.Enabled || context.Request.Path.StartsWithSegments("/health")
                    ? RateLimitPartition.GetNoLimiter("none")
                    : RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = options.PermitLimit,
                            Window = TimeSpan.FromSeconds(options.WindowSeconds),
                            QueueLimit = 0,
                        }));
            limiter.OnRejected = (context, token) => RejectAsync(context, options, token);
        });
    }

    private static async ValueTask RejectAsync(
        OnRejectedContext context, RateLimitingOptions options, CancellationToken token)
    {
        var http = context.HttpContext;
        var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after)
            ? (int)Math.Ceiling(after.TotalSeconds)
            : options.WindowSeconds;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = retry.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = 429, Title = "Too many requests", Type = "https://tools.ietf.org/html/rfc6585#section-4",
                Detail = $"At most {options.PermitLimit} requests every {options.WindowSeconds} s; retry in {retry} s.",
            },
        });
    }
}
