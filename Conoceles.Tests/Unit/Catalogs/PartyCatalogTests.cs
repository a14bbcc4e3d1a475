namespace Conoceles.Tests.Unit.Catalogs;

using Conoceles.Infrastructure.Catalogs;
using Conoceles.Tests.Unit.Import.Support;

public sealed class PartyCatalogTests
{
    [TestCase("PARTIDO ACCION NACIONAL", "PAN")]
    [TestCase("pan", "PAN")]
    [TestCase("MOVIMIENTO LOCAL DE PRUEBA", null)]
    public void ShouldFindPartyWhenNamedOrAbbreviated(string text, string? sigla)
    {
        var party = TinyCatalog.Parties.Find(text);

        Assert.That(party, Is.Not.Null);
        Assert.That(party!.Abbreviation, Is.EqualTo(sigla));
    }

    [Test]
    public void ShouldBeEmptyWhenFileIsAbsent() =>
        Assert.That(PartyCatalog.Load(Path.GetTempPath()).IsLoaded, Is.False);
}
