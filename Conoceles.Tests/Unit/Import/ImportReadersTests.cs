namespace Conoceles.Tests.Unit.Import;

using Conoceles.Application.Geography;
using Conoceles.Application.Imports;
using Conoceles.Infrastructure.Import;
using Conoceles.Tests.Unit.Import.Support;
using Microsoft.Extensions.DependencyInjection;

public sealed class ImportReadersTests
{
    [Test]
    public void ShouldResolveReadersAndCatalogueWhenRegistered()
    {
        using var provider = new ServiceCollection()
            .AddImportReaders(TinyCatalog.Path)
            .BuildServiceProvider();

        var reader = provider.GetRequiredService<IDatasetReader>();

        Assert.That(reader.Layouts, Is.EquivalentTo(
            new[] { "ine-export", "ine-ticket-list", "iecm-curricular", "iepac-export" }));
        Assert.That(provider.GetRequiredService<IGeographyCatalog>().IsLoaded, Is.True);
        Assert.That(provider.GetRequiredService<IManifestReader>(), Is.Not.Null);
    }

    [Test]
    public void ShouldRefuseDatasetWhenLayoutIsUnknown()
    {
        var reader = ImportReaders.Create(TinyCatalog.Path);

        Assert.That(() => reader.Read("x.csv", Fixtures.Dataset("hoja-inventada")),
            Throws.TypeOf<NotSupportedException>().With.Message.Contains("hoja-inventada"));
    }

    [Test]
    public void ShouldReadCsvFileWhenLayoutIsKnown()
    {
        var path = Path.Combine(Path.GetTempPath(), $"iepac-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, """
            NOMBRE_CANDIDATO;CARGO;PARTIDO_COALICION;DISTRITO LOCAL
            ROSA PRUEBA;AYUNTAMIENTO;PAN-PRI;Mérida
            """);

        var batch = ImportReaders.Create(TinyCatalog.Path).Read(path, Fixtures.Dataset("iepac-export"));
        File.Delete(path);

        Assert.That(batch.Candidacies.Single().Draft.Area.Municipality, Is.EqualTo("31050"));
        Assert.That((batch.File, batch.RowsRead), Is.EqualTo(("iepac-export.xlsx", 1)));
    }
}
