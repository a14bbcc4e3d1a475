namespace Conoceles.Tests.Integration;

using System.Net.Http.Json;
using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;
using Conoceles.Domain.Processes;
using Conoceles.Infrastructure.Persistence;
using Conoceles.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class ImportWriterTests(string provider)
{
    private ApiFactory? _factory;

    [SetUp]
    public async Task Start()
    {
        _factory = await TestDatabases.CreateFactoryAsync(provider);
        _ = _factory.Server;
    }

    [TearDown]
    public void Stop() => _factory?.Dispose();

    [Test]
    public async Task ShouldChangeNothingWhenSamePlanIsWrittenTwice()
    {
        var first = await WriteAsync(DemoData.Plan());
        var rowsBefore = await SnapshotAsync();

        var second = await WriteAsync(DemoData.Plan());

        Assert.That(first, Is.EqualTo(new ImportCounts(12, 0, 0)));
        Assert.That(second, Is.EqualTo(new ImportCounts(0, 0, 12)));
        Assert.That(await SnapshotAsync(), Is.EqualTo(rowsBefore));
    }

    [Test]
    public async Task ShouldUpdateOnlyChangedRowsWhenOneCandidacyChanges()
    {
        await WriteAsync(DemoData.Plan());
        var plan = DemoData.Plan();
        var changed = plan.Candidacies[0] with { Candidacy = plan.Candidacies[0].Candidacy with { Age = 99 } };

        var counts = await WriteAsync(plan with { Candidacies = [changed, .. plan.Candidacies.Skip(1)] });

        Assert.That(counts, Is.EqualTo(new ImportCounts(0, 1, 11)));
    }

    [Test]
    public async Task ShouldLeaveDatabaseAsItWasWhenImportFails()
    {
        await WriteAsync(DemoData.Plan());
        var before = await SnapshotAsync();
        var plan = DemoData.Plan();
        var orphan = plan.Candidacies[0] with
        {
            Candidacy = plan.Candidacies[0].Candidacy with { Id = "c_orphan", ActorId = "a_missing" },
        };
        var extraProcess = new ElectoralProcess("p_extra", "extra-2027", "Extra", null, null, "UTC", null, false);
        var failing = plan with
        {
            Processes = [.. plan.Processes, extraProcess],
            Candidacies = [.. plan.Candidacies.Skip(1), orphan],
        };

        Assert.That(async () => await WriteAsync(failing), Throws.Exception);

        Assert.That(await SnapshotAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task ShouldKeepIdentityAnswersWhenCandidacyIsImported()
    {
        var plan = DemoData.Plan();
        var answer = new IdentityAnswer(1, IdentityAnswer.PreferNotToSay, null);
        var withAnswer = plan.Candidacies[0] with
        {
            Candidacy = plan.Candidacies[0].Candidacy with { Identity = [answer] },
        };

        await WriteAsync(plan with { Candidacies = [withAnswer, .. plan.Candidacies.Skip(1)] });

        await using var connection = await Connections.OpenReadAsync(CancellationToken.None);
        var stored = await connection.QuerySingleAsync<string>("SELECT answer FROM identity_answers");
        Assert.That(stored, Is.EqualTo(IdentityAnswer.PreferNotToSay));
    }

    [Test]
    public async Task ShouldReplaceTheNameWordsWhenACandidacyIsRenamed()
    {
        await WriteAsync(DemoData.Plan());
        var plan = DemoData.Plan();
        var renamed = plan.Candidacies[0] with
        {
            Candidacy = plan.Candidacies[0].Candidacy with { Name = "ROSAURA QUINTERO ÑÚÑEZ" },
        };

        await WriteAsync(plan with { Candidacies = [renamed, .. plan.Candidacies.Skip(1)] });

        Assert.That(await WordsOfAsync(renamed.Candidacy.Id), Is.EqualTo(new[] { "nunez", "quintero", "rosaura" }));
    }

    [Test]
    public async Task ShouldSplitTheNamesAlreadyStoredAsTheWriterDoesWhenTheWordMigrationRuns()
    {
        await WriteAsync(DemoData.Plan());
        var written = await AllWordsAsync();
        await using (var connection = await Connections.OpenWriteAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("DROP TABLE candidacy_words");
            await connection.ExecuteAsync(
                "DELETE FROM SchemaVersions WHERE ScriptName LIKE '%0005_candidacy_words.sql'");
        }

        await _factory!.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        Assert.That(written, Has.Count.GreaterThan(40));
        Assert.That(await AllWordsAsync(), Is.EqualTo(written));
    }

    [TestCase("age")]
    [TestCase("-age")]
    public async Task ShouldListUnknownAgesLastWhenSortingByAgeEitherWay(string sort)
    {
        var plan = DemoData.Plan();
        var ageless = plan.Candidacies[0] with { Candidacy = plan.Candidacies[0].Candidacy with { Age = null } };
        await WriteAsync(plan with { Candidacies = [ageless, .. plan.Candidacies.Skip(1)] });
        using var client = _factory!.CreateClient();

        var body = await client.GetFromJsonAsync<System.Text.Json.JsonElement>(
            $"/api/v1/candidacies?sort={sort}&pageSize=200");
        var ids = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();

        Assert.That(ids, Has.Count.EqualTo(plan.Candidacies.Count));
        Assert.That(ids[^1], Is.EqualTo(ageless.Candidacy.Id));
    }

    [Test]
    public async Task ShouldAnswer400WhenTheActorBelongsToAnotherProcess()
    {
        var plan = DemoData.Plan();
        var other = new ElectoralProcess("p_other", "otro-2027", "Otro", null, null, "UTC", null, true);
        var foreign = plan.Actors[0] with { Id = "a_foreign", ProcessId = other.Id };
        await WriteAsync(plan with { Processes = [.. plan.Processes, other], Actors = [.. plan.Actors, foreign] });
        using var client = _factory!.CreateClient();

        var search = $"/api/v1/candidacies?process={DemoData.ProcessKey}&actor=";
        var own = await client.GetAsync(search + plan.Actors[0].Id);
        var mixed = await client.GetAsync(search + foreign.Id);

        Assert.That((int)own.StatusCode, Is.EqualTo(200));
        await ProblemAssert.NamesParameterAsync(mixed, "actor");
    }

    private async Task<List<string>> WordsOfAsync(string id)
    {
        await using var connection = await Connections.OpenReadAsync(CancellationToken.None);
        return (await connection.QueryAsync<string>(
            "SELECT word FROM candidacy_words WHERE candidacy_id = @Id ORDER BY word", new { Id = id })).ToList();
    }

    private async Task<List<string>> AllWordsAsync()
    {
        await using var connection = await Connections.OpenReadAsync(CancellationToken.None);
        return (await connection.QueryAsync<(string, string)>(
                "SELECT candidacy_id, word FROM candidacy_words ORDER BY candidacy_id, word"))
            .Select(r => r.ToString()).ToList();
    }

    private IDbConnectionFactory Connections => _factory!.Services.GetRequiredService<IDbConnectionFactory>();

    private async Task<ImportCounts> WriteAsync(ImportPlan plan)
    {
        using var scope = _factory!.Services.CreateScope();
        var writer = scope.ServiceProvider.GetRequiredService<IImportWriter>();
        return await writer.WriteAsync(plan, DateTimeOffset.UtcNow, CancellationToken.None);
    }

    private async Task<string> SnapshotAsync()
    {
        await using var connection = await Connections.OpenReadAsync(CancellationToken.None);
        var candidacies = await connection.QueryAsync<(string, string, DateTimeOffset)>(
            "SELECT id, content_hash, updated_at FROM candidacies ORDER BY id");
        var processes = await connection.QueryAsync<string>("SELECT id FROM processes ORDER BY id");
        return string.Join("\n", candidacies.Select(c => c.ToString()).Concat(processes));
    }
}
