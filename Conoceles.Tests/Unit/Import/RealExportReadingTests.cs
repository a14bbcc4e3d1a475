namespace Conoceles.Tests.Unit.Import;

using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Catalogs;
using Conoceles.Infrastructure.Import;
using Conoceles.Tests.Support;
using Conoceles.Tests.Unit.Import.Support;

/// <summary>
/// Reads the four real exports through their manifest, as published, and checks the counts
/// their README states. Skipped, saying which file is missing, where they are absent.
/// </summary>
[TestFixture]
public sealed class RealExportReadingTests
{
    private readonly Dictionary<string, ImportBatch> batches = [];
    private GeographyCatalog catalog = null!;

    [OneTimeSetUp]
    public void ReadAll()
    {
        var manifestPath = RepositoryRoot.RequireSeedManifest();
        catalog = GeographyCatalog.Load(RepositoryRoot.CatalogDirectory);
        var reader = ImportReaders.Create(catalog, PartyCatalog.Load(RepositoryRoot.CatalogDirectory));
        foreach (var dataset in ImportReaders.Manifests().Read(manifestPath).Datasets)
        {
            var file = Path.Combine(Path.GetDirectoryName(manifestPath)!, dataset.File);
            if (!File.Exists(file))
                Assert.Ignore($"A real export is absent: {file}");

            batches[dataset.Layout] = reader.Read(file, dataset);
        }
    }

    [Test]
    public void ShouldReadEveryCandidacyWhenAllFourExportsAreRead()
    {
        Assert.That(batches.ToDictionary(b => b.Key, b => b.Value.Candidacies.Count), Is.EquivalentTo(
            new Dictionary<string, int>
            {
                ["ine-export"] = 479, ["ine-ticket-list"] = 1910, ["iecm-curricular"] = 1365, ["iepac-export"] = 586,
            }));
        Assert.That(batches.Values.Sum(b => b.Candidacies.Count), Is.EqualTo(4340));
        Assert.That(batches["ine-ticket-list"].RowsRead, Is.EqualTo(955));
    }

    [Test]
    public void ShouldCountSexesAndSplitTicketsWhenIne2022IsRead()
    {
        var ine = batches["ine-export"];
        var twoOwnerTickets = ine.Candidacies.Where(c => c.Draft.Role == TicketRole.Owner)
            .GroupBy(c => c.TicketKey).Count(g => g.Count() > 1);

        Assert.That(ine.Candidacies.Count(c => c.Draft.Sex == Sex.Woman), Is.EqualTo(276));
        Assert.That(ine.Candidacies.Count(c => c.Draft.Sex == Sex.Man), Is.EqualTo(203));
        Assert.That(twoOwnerTickets, Is.EqualTo(126));
        Assert.That(ine.Candidacies.Select(c => c.ProcessKey).Distinct().Count(), Is.EqualTo(6));
    }

    [Test]
    public void ShouldCountIdentityGroupsWhenIne2022SheetsArePaired()
    {
        // Indigenous, disability, afro-Mexican, LGBTTTIQ+, migrant, youth, older people.
        var expected = new Dictionary<int, int>
        {
            [1] = 41, [4] = 1, [8] = 5, [9] = 16, [11] = 1, [16] = 59, [17] = 39,
        };

        Assert.That(YesCounts(batches["ine-export"], expected.Keys), Is.EquivalentTo(expected));
        Assert.That(batches["ine-export"].Warnings.Where(w => w.Reason.Contains("identity row")), Is.Empty);
    }

    [Test]
    public void ShouldCountIdentityAndSexesWhenYucatanIsRead()
    {
        var yucatan = batches["iepac-export"];

        Assert.That(YesCounts(yucatan, [1])[1], Is.EqualTo(307));
        Assert.That(yucatan.Candidacies.Count(c => c.Draft.Sex == Sex.NonBinary), Is.EqualTo(1));
        Assert.That(yucatan.Candidacies.Select(c => c.Draft.Role).Distinct(), Is.EqualTo(new[] { TicketRole.Unknown }));
    }

    [Test]
    public void ShouldLeaveNoDecomposedTextWhenAnyExportIsRead()
    {
        var decomposed = batches.Values.SelectMany(b => b.Candidacies).SelectMany(RealTexts.Of)
            .Where(t => !t.IsNormalized(System.Text.NormalizationForm.FormC));

        Assert.That(decomposed, Is.Empty);
    }

    [Test]
    public void ShouldLeaveNoPartnerKeyWhenCdmxNumberIsBlank() =>
        Assert.That(batches["iecm-curricular"].Candidacies.Count(c => c.TicketKey is null), Is.EqualTo(360));

    [Test]
    public void ShouldCodeEveryFederalDistrictWhenTicketListIsRead()
    {
        var federal = batches["ine-ticket-list"].Candidacies;

        Assert.That(federal.Select(c => c.Draft.Area.District).Distinct().Count(), Is.EqualTo(300));
        var urls = federal.Select(c => c.Draft.CurriculumUrl).OfType<string>().ToList();
        Assert.That(urls.Where(u => u.Any(ch => ch > 127)), Is.Empty);
        Assert.That(urls, Has.Some.Contains("%C3%91"));
    }

    [Test]
    public void ShouldMapOrReportEveryOfficeEducationAndMunicipalityWhenExportsAreRead()
    {
        if (!catalog.IsLoaded)
            Assert.Ignore($"The catalogue is absent: {RepositoryRoot.CatalogDirectory}");

        var unreported = batches.Values.SelectMany(b => b.Candidacies.Where(c => Unmapped(c) && !Reported(b, c)))
            .Select(c => $"{c.ProcessKey}:{c.SourceRow}").ToList();

        Assert.That(unreported, Is.Empty);
    }

    private static Dictionary<int, int> YesCounts(ImportBatch batch, IEnumerable<int> questions) =>
        questions.ToDictionary(
            q => q, q => batch.Candidacies.Count(c => c.Draft.Identity.Any(a => a.Question == q && a.Answer == "Sí")));

    private static bool Unmapped(ImportedCandidacy c)
    {
        string?[] municipal =
            [Offices.PresidenciaMunicipal, Offices.Ayuntamiento, Offices.Alcaldia, Offices.Concejalia];
        var education = c.Draft.Education;
        return c.Draft.Office is null
            || education.Level == EducationLevel.Unmapped || education.Status == EducationStatus.Unmapped
            || municipal.Contains(c.Draft.Office) && c.Draft.Area.Municipality is null;
    }

    private static bool Reported(ImportBatch batch, ImportedCandidacy c) =>
        batch.Warnings.Any(w => w.Row == c.SourceRow);
}
