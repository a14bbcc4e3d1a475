namespace Conoceles.Tests.Unit.Import;

using Conoceles.Application.Imports;
using Conoceles.Infrastructure.Import;

public sealed class ManifestReaderTests
{
    private string path = null!;

    [SetUp]
    public void CreateFile() => path = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}.json");

    [TearDown]
    public void DeleteFile() => File.Delete(path);

    [Test]
    public void ShouldReadDatesAndNullsWhenManifestHasThem()
    {
        File.WriteAllText(path, """
            {
              "about": "prueba",
              "datasets": [
                {
                  "file": "uno/lista.xlsx", "layout": "ine-ticket-list", "publisher": "Instituto de prueba",
                  "office": "Diputación federal de mayoría relativa",
                  "processes": [
                    { "key": "pef-2030", "state": null, "name": "Proceso de prueba", "electionDay": "2030-06-02",
                      "campaignStart": "2030-03-01", "timeZone": "America/Mexico_City" }
                  ]
                },
                {
                  "file": "dos/base.xls", "layout": "ine-export", "publisher": "INE", "splitBy": "ENTIDAD",
                  "processes": [
                    { "match": "DURANGO", "key": "dgo-2030", "state": "10", "name": "Durango", "electionDay": null,
                      "timeZone": "America/Monterrey" }
                  ]
                }
              ]
            }
            """);

        var manifest = ImportReaders.Manifests().Read(path);

        Assert.That(manifest.Datasets[0].Processes[0], Is.EqualTo(new ProcessSpec(
            "pef-2030", "Proceso de prueba", null, new DateOnly(2030, 6, 2), "America/Mexico_City", null)));
        Assert.That((manifest.Datasets[0].SplitBy, manifest.Datasets[1].SplitBy, manifest.Datasets[1].Office),
            Is.EqualTo(((string?)null, (string?)"ENTIDAD", (string?)null)));
        Assert.That(manifest.Datasets[1].Processes[0].Match, Is.EqualTo("DURANGO"));
    }

    [Test]
    public void ShouldRefuseManifestWhenDatasetHasNoProcess()
    {
        File.WriteAllText(path, """
            { "datasets": [ { "file": "a.xls", "layout": "ine-export", "publisher": "x" } ] }
            """);

        Assert.That(() => ImportReaders.Manifests().Read(path), Throws.TypeOf<InvalidDataException>());
    }
}
