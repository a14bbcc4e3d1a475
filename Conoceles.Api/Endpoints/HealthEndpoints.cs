namespace Conoceles.Api.Endpoints;

using System.Reflection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

public static class HealthEndpoints
{
    public sealed record VersionDto(string Version, string? Commit, string? BuildTime);

    public sealed record HealthDto(string Status, IReadOnlyDictionary<string, string> Checks);

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = Write })
            .WithTags("Operations");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("ready"), ResponseWriter = Write,
        }).WithTags("Operations");
        app.MapGet("/version", GetVersion).WithTags("Operations").WithName(nameof(GetVersion))
            .WithSummary("Version of the running API")
            .WithDescription("Version, commit and build time of the running API.");
        return app;
    }

    public static VersionDto GetVersion()
    {
        var assembly = typeof(HealthEndpoints).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? "0.0.0";
        var parts = informational.Split('+', 2);
        var buildTime = assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "BuildTime")?.Value;
        return new VersionDto(parts[0], parts.Length > 1 ? parts[1] : null, buildTime);
    }

    private static Task Write(HttpContext context, HealthReport report)
    {
        var checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Description ?? e.Value.Status.ToString());
        return context.Response.WriteAsJsonAsync(new HealthDto(report.Status.ToString(), checks));
    }
}
