namespace Conoceles.Tests.Support;

using Conoceles.Application.Imports;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

/// <summary>The real API on a fresh embedded database of its own.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _data = new();

    public string DataDirectory => _data.Path;

    /// <summary>When set, the API runs on SQL Server with this database instead of SQLite.</summary>
    public string? SqlServerConnectionString { get; init; }

    /// <summary>Requests a minute per client; null lifts the limit, as most tests need.</summary>
    public int? RateLimit { get; init; }

    /// <summary>
    /// How often the response cache reads the data version; 0, the tests' default, reads it on every
    /// request, so a test sees its own writes at once.
    /// </summary>
    public double VersionCheckSeconds { get; init; }

    /// <summary>Extra service changes for one test fixture, applied after the product's own.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    public async Task SeedAsync(ImportPlan plan)
    {
        using var scope = Services.CreateScope();
        var writer = scope.ServiceProvider.GetRequiredService<IImportWriter>();
        await writer.WriteAsync(plan, DateTimeOffset.UtcNow, CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:DataDirectory", _data.Path);
        builder.UseSetting("Catalogs:Directory", RepositoryRoot.CatalogDirectory);
        builder.UseEnvironment("Testing");
        builder.UseSetting("RateLimiting:Enabled", RateLimit is null ? "false" : "true");
        builder.UseSetting("RateLimiting:PermitLimit", (RateLimit ?? 300).ToString());
        builder.UseSetting("ResponseCache:VersionCheckSeconds",
            VersionCheckSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (SqlServerConnectionString is not null)
        {
            builder.UseSetting("Database:Provider", TestDatabases.SqlServer);
            builder.UseSetting("Database:ConnectionString", SqlServerConnectionString);
        }

        if (TestServices is not null)
            builder.ConfigureTestServices(TestServices);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            _data.Dispose();
    }
}
