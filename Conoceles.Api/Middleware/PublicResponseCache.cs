namespace Conoceles.Api.Middleware;

using System.Globalization;
using Conoceles.Infrastructure.Persistence;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

public sealed class ResponseCacheOptions
{
    public const string SectionName = "ResponseCache";

    /// <summary>Keep public answers in memory and replay them until the data changes.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the data version is read from the database; 0 reads it on every request.</summary>
    public double VersionCheckSeconds { get; set; } = 1;

    /// <summary>An answer leaves memory after this long even when the data has not changed.</summary>
    public int ExpireSeconds { get; set; } = 600;

    public long SizeLimitMegabytes { get; set; } = 64;

    public long MaximumBodyMegabytes { get; set; } = 4;
}

/// <summary>
/// Knows the data version the cache may serve. It reads the database at most once per interval,
/// one request at a time, the others keeping the last known version; when the version moves it
/// drops every cached answer.
/// </summary>
public sealed class DataVersionMonitor(
    IDataVersionStore store, IOutputCacheStore cache, IOptions<ResponseCacheOptions> options, TimeProvider time)
{
    public const string Tag = "public-data";

    private readonly TimeSpan _interval = TimeSpan.FromSeconds(Math.Max(0, options.Value.VersionCheckSeconds));
    private long _version = -1;
    private long _checkedAt;
    private int _refreshing;

    public async ValueTask<long> CurrentAsync(CancellationToken cancellationToken)
    {
        var known = Volatile.Read(ref _version);
        if (known < 0 || _interval == TimeSpan.Zero)
            return await RefreshAsync(cancellationToken);

        if (time.GetElapsedTime(Volatile.Read(ref _checkedAt)) < _interval
            || Interlocked.CompareExchange(ref _refreshing, 1, 0) != 0)
            return known;

        try
        {
            return await RefreshAsync(cancellationToken);
        }
        finally
        {
            Volatile.Write(ref _refreshing, 0);
        }
    }

    private async ValueTask<long> RefreshAsync(CancellationToken cancellationToken)
    {
        var current = await store.ReadAsync(cancellationToken);
        Volatile.Write(ref _checkedAt, time.GetTimestamp());
        var previous = Interlocked.Exchange(ref _version, current);
        if (previous >= 0 && previous != current)
            await cache.EvictByTagAsync(Tag, cancellationToken);
        return current;
    }
}

/// <summary>
/// Which answers the output cache keeps: anonymous GETs of the public API except the export
/// files, which stream. The key holds the path (case kept: ids are case-sensitive), every query
/// parameter, the Origin (CORS headers differ per origin) and the data version.
/// </summary>
public sealed class PublicDataCachePolicy(DataVersionMonitor monitor, IOptions<ResponseCacheOptions> options)
    : IOutputCachePolicy
{
    public static bool Applies(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Path.StartsWithSegments("/api/v1")
        && !IsStreamedExport(request.Path) && !request.Headers.ContainsKey("Authorization");

    /// <summary>The export files, streamed with an ETag of their own; the dictionary and datapackage are not.</summary>
    public static bool IsStreamedExport(PathString path) =>
        path.StartsWithSegments("/api/v1/exports", out var rest)
        && rest.Value?.StartsWith("/candidacies", StringComparison.OrdinalIgnoreCase) == true;

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (!Applies(context.HttpContext.Request))
            return;

        var version = await monitor.CurrentAsync(cancellation);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.Value.ExpireSeconds);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = "Origin";
        context.CacheVaryByRules.VaryByValues["data-version"] = version.ToString(CultureInfo.InvariantCulture);
        context.Tags.Add(DataVersionMonitor.Tag);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}

public static class PublicResponseCacheRegistration
{
    public static IServiceCollection AddPublicResponseCache(this IServiceCollection services)
    {
        services.AddOptions<ResponseCacheOptions>().BindConfiguration(ResponseCacheOptions.SectionName);
        services.AddSingleton<DataVersionMonitor>();
        services.AddSingleton<PublicDataCachePolicy>();
        services.AddOutputCache(o => o.AddBasePolicy(b => b.AddPolicy<PublicDataCachePolicy>(), true));
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<ResponseCacheOptions>>((o, cache) =>
        {
            o.UseCaseSensitivePaths = true;
            o.SizeLimit = cache.Value.SizeLimitMegabytes * 1024 * 1024;
            o.MaximumBodySize = cache.Value.MaximumBodyMegabytes * 1024 * 1024;
        });
        return services;
    }

    public static WebApplication UsePublicResponseCache(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ResponseCacheOptions>>().Value.Enabled)
            app.UseOutputCache();
        return app;
    }
}
