namespace Conoceles.Tests.Integration;

using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Conoceles.Application.Imports;
using Conoceles.Application.Imports.Commands.ImportManifest;
using Conoceles.Infrastructure.Persistence;
using Conoceles.Tests.Support;
using Dapper;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Imports the real manifest into an empty database and checks the counts against the sources.
/// Skipped, saying why, where ../shared/data/real is absent.
/// </summary>
public sealed class RealManifestImportTests
{
    private ApiFactory _factory = null!;
    private ImportReport _first = null!;
    private ImportReport _second = null!;

    [OneTimeSetUp]
    public async Task ImportTwice()
    {
        var manifest = RepositoryRoot.RequireSeedManifest();
        _factory = new ApiFactory();
        _first = await ImportAsync(manifest);
        _second = await ImportAsync(manifest);
    }

    [OneTimeTearDown]
    public void Stop() => _factory?.Dispose();

    [Test]
    public async Task ShouldCreateNineProcessesAndEveryCandidacyWhenManifestIsImported()
    {
        var processes = await Scalar<int>("SELECT COUNT(*) FROM processes");
        var total = await Scalar<int>("SELECT COUNT(*) FROM candidacies");

        Assert.That(processes, Is.EqualTo(9));
        Assert.That(total, Is.EqualTo(4340));
        Assert.That(_first.Counts, Is.EqualTo(new ImportCounts(4340, 0, 0)));
        Assert.That(_first.RowsRead, Is.EqualTo(479 + 955 + 1365 + 586));
    }

    [Test]
    public void ShouldChangeNothingWhenManifestIsImportedAgain()
    {
        Assert.That(_second.Counts, Is.EqualTo(new ImportCounts(0, 0, 4340)));
    }

    [Test]
    public async Task ShouldCountEachDatasetAsItsSourceWhenImported()
    {
        var byFile = (await Query<(string File, int Count)>(
                "SELECT source_file, COUNT(*) FROM candidacies GROUP BY source_file"))
            .ToDictionary(r => r.File.Split('/')[0], r => r.Count);

        Assert.That(byFile, Is.EquivalentTo(new Dictionary<string, int>
        {
            ["ine_conoceles_2022_local"] = 479, ["ine_conoceles_2024_federal_dmr"] = 1910,
            ["iecm_cdmx_2024_curricular"] = 1365, ["iepac_yucatan_2024"] = 586,
        }));
    }

    [Test]
    public async Task ShouldKeepIne2022SexesAndReportTwoOwnerTicketsWhenImported()
    {
        var sexes = (await Query<(string Sex, int Count)>(
                "SELECT sex, COUNT(*) FROM candidacies WHERE source_file LIKE 'ine_conoceles_2022%' GROUP BY sex"))
            .ToDictionary(r => r.Sex, r => r.Count);

        Assert.That(sexes, Is.EquivalentTo(new Dictionary<string, int> { ["woman"] = 276, ["man"] = 203 }));
        Assert.That(_first.Warnings.Count(w => w.Reason.StartsWith(ImportReport.RegistrationError)), Is.EqualTo(126));
    }

    [Test]
    public async Task ShouldPairEveryFederalTicketWhenImported()
    {
        var paired = await Scalar<int>(
            "SELECT COUNT(*) FROM candidacies " +
            "WHERE source_file LIKE 'ine_conoceles_2024%' AND ticket_partner_id IS NOT NULL");

        Assert.That(paired, Is.EqualTo(1910));
    }

    [Test]
    public async Task ShouldStoreYucatanTextAsNfcWhenSourceHasDecomposedCells()
    {
        var texts = await Query<string>(
            "SELECT gender_proposal FROM candidacies WHERE source_file LIKE 'iepac%' AND gender_proposal IS NOT NULL");

        Assert.That(texts, Is.Not.Empty);
        Assert.That(texts.Where(t => !t.IsNormalized(NormalizationForm.FormC)), Is.Empty);
    }

    [Test]
    public async Task ShouldFindAccentedNameWhenSearchedWithoutAccentsThroughApi()
    {
        using var client = _factory.CreateClient();
        var name = await Scalar<string>(
            "SELECT name FROM candidacies WHERE source_file LIKE 'iepac%' AND name LIKE '%Í%' ORDER BY id LIMIT 1");
        var words = name.Normalize(NormalizationForm.FormD).Where(c => c < 128).ToArray();
        var q = string.Join(' ', new string(words).ToLowerInvariant().Split(' ').Reverse());

        var body = await client.GetFromJsonAsync<JsonElement>(
            $"/api/v1/candidacies?q={Uri.EscapeDataString(q)}&pageSize=200");

        var names = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString());
        Assert.That(names, Does.Contain(name));
    }

    private async Task<ImportReport> ImportAsync(string manifest)
    {
        using var scope = _factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ImportManifestCommand(manifest));
    }

    private async Task<T> Scalar<T>(string sql) => (await Query<T>(sql)).Single();

    private async Task<IReadOnlyList<T>> Query<T>(string sql)
    {
        var connections = _factory.Services.GetRequiredService<IDbConnectionFactory>();
        await using var connection = await connections.OpenReadAsync(CancellationToken.None);
        return (await connection.QueryAsync<T>(sql)).ToList();
    }
}
