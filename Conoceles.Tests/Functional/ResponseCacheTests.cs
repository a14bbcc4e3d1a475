namespace Conoceles.Tests.Functional;

using System.Net.Http.Json;
using System.Text.Json;
using Conoceles.Application.Imports;
using Conoceles.Tests.Support;
using Conoceles.Tests.Support.Sql;
using Conoceles.Tests.TSql;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

/// <summary>Public answers replayed from memory until the data version moves, on each engine.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ResponseCacheTests(string provider)
{
    private const string NewName = "ROSAURA QUINTERO ÑÚÑEZ";

    [Test]
    public async Task ShouldRunNoQueryButTheVersionWhenTheSameAnswerIsAskedAgain()
    {
        var log = new SqlLog();
        using var factory = await CreateAsync(0,
            services: s => s.Decorate(f => new RecordingConnectionFactory(f, log)));
        using var client = factory.CreateClient();
        await factory.SeedAsync(DemoData.Plan());
        const string url = "/api/v1/candidacies?q=demo&sort=age";

        var first = await client.GetStringAsync(url);
        var before = log.Statements.Count;
        var second = await client.GetStringAsync(url);
        var ran = log.Statements.Skip(before).Select(s => s.Text).ToList();

        Assert.That(second, Is.EqualTo(first));
        Assert.That(ran, Is.EqualTo(new[] { "SELECT version FROM data_version WHERE id = 1" }));
    }

    [Test]
    public async Task ShouldAnswerFromTheNewDataWhenAnImportRaisesTheVersion()
    {
        using var factory = await CreateAsync(0);
        using var client = factory.CreateClient();
        var plan = DemoData.Plan();
        await factory.SeedAsync(plan);
        var url = $"/api/v1/candidacies/{plan.Candidacies[0].Candidacy.Id}";
        var before = await NameAsync(client, url);

        await factory.SeedAsync(Renamed(plan));
        var after = await NameAsync(client, url);

        Assert.That(before, Is.Not.EqualTo(NewName));
        Assert.That(after, Is.EqualTo(NewName));
    }

    [Test]
    public async Task ShouldServeTheCachedAnswerUntilTheNextVersionCheckWhenTheDataChanges()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var factory = await CreateAsync(30, clock);
        using var client = factory.CreateClient();
        var plan = DemoData.Plan();
        await factory.SeedAsync(plan);
        var url = $"/api/v1/candidacies/{plan.Candidacies[0].Candidacy.Id}";
        var original = await NameAsync(client, url);

        await factory.SeedAsync(Renamed(plan));
        clock.Advance(TimeSpan.FromSeconds(29));
        var withinInterval = await NameAsync(client, url);
        clock.Advance(TimeSpan.FromSeconds(2));
        var afterInterval = await NameAsync(client, url);

        Assert.That(withinInterval, Is.EqualTo(original));
        Assert.That(afterInterval, Is.EqualTo(NewName));
    }

    [Test]
    public async Task ShouldNotKeepANotFoundWhenTheCandidacyArrivesBeforeTheNextVersionCheck()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var factory = await CreateAsync(30, clock);
        using var client = factory.CreateClient();
        var plan = DemoData.Plan();
        var last = plan.Candidacies[^1].Candidacy.Id;
        var allButLast = plan.Candidacies.Where(p => p.Candidacy.Id != last).ToList();
        await factory.SeedAsync(plan with { Candidacies = allButLast });
        var missing = await client.GetAsync($"/api/v1/candidacies/{last}");

        await factory.SeedAsync(plan);
        var found = await client.GetAsync($"/api/v1/candidacies/{last}");

        Assert.That((int)missing.StatusCode, Is.EqualTo(404));
        Assert.That((int)found.StatusCode, Is.EqualTo(200));
    }

    /// <summary>An API checking the data version every so many seconds of <paramref name="clock"/>.</summary>
    [Test]
    public async Task ShouldChangeTheExportETagWhenAnImportChangesTheData()
    {
        using var factory = await CreateAsync(0);
        using var client = factory.CreateClient();
        var plan = DemoData.Plan();
        await factory.SeedAsync(plan);
        const string url = "/api/v1/exports/candidacies.csv";
        var before = (await client.GetAsync(url)).Headers.ETag;
        var again = (await client.GetAsync(url)).Headers.ETag;

        await factory.SeedAsync(Renamed(plan));
        var after = (await client.GetAsync(url)).Headers.ETag;

        Assert.That(again, Is.EqualTo(before));
        Assert.That(after, Is.Not.EqualTo(before));
    }

    private Task<ApiFactory> CreateAsync(
        double versionCheckSeconds, TimeProvider? clock = null, Action<IServiceCollection>? services = null) =>
        TestDatabases.CreateFactoryAsync(provider, connection => new ApiFactory
        {
            SqlServerConnectionString = connection,
            VersionCheckSeconds = versionCheckSeconds,
            TestServices = s =>
            {
                if (clock is not null)
                    s.Replace(ServiceDescriptor.Singleton(clock));
                services?.Invoke(s);
            },
        });

    private static ImportPlan Renamed(ImportPlan plan) => plan with
    {
        Candidacies = plan.Candidacies
            .Select((p, i) => i == 0 ? p with { Candidacy = p.Candidacy with { Name = NewName } } : p).ToList(),
    };

    private static async Task<string?> NameAsync(HttpClient client, string url)
    {
        var body = await client.GetFromJsonAsync<JsonElement>(url);
        return body.GetProperty("name").GetString();
    }
}
