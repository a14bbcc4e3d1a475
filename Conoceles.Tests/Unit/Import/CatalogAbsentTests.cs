namespace Conoceles.Tests.Unit.Import;

using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Import.Layouts;
using Conoceles.Tests.Unit.Import.Support;

public sealed class CatalogAbsentTests
{
    [Test]
    public void ShouldKeepPlaceAsLabelWithoutCodesWhenCatalogueIsAbsent()
    {
        var csv = new Csv("NOMBRE_CANDIDATO", "CARGO", "PARTIDO_COALICION", "DISTRITO LOCAL")
            .Row(("NOMBRE_CANDIDATO", "ROSA PRUEBA"), ("CARGO", "AYUNTAMIENTO"),
                ("PARTIDO_COALICION", "MORENA"), ("DISTRITO LOCAL", "TIXPÉUAL"));
        var reader = new IepacExportReader(Fixtures.Services(withCatalog: false));

        var batch = reader.Read(Fixtures.Book(csv), Fixtures.Dataset("iepac-export"));

        Assert.That(batch.Candidacies[0].Draft.Area, Is.EqualTo(new Area("31", null, null, null, "TIXPÉUAL")));
        Assert.That(batch.Candidacies[0].Actor.Abbreviation, Is.Null);
        Assert.That(batch.Warnings, Is.Empty);
    }

    [Test]
    public void ShouldKeepEntityInLabelWhenFederalStateIsUnknown()
    {
        var csv = new Csv("Entidad", "Distrito", "Actor Político", "Persona Propietaria", "Persona Suplente")
            .Row(("Entidad", "MEXICO"), ("Distrito", "1-JILOTEPEC"), ("Actor Político", "MORENA"),
                ("Persona Propietaria", "ANA PRUEBA"), ("Persona Suplente", "EVA PRUEBA"));
        var reader = new IneTicketListReader(Fixtures.Services(withCatalog: false));

        var dataset = Fixtures.Dataset("ine-ticket-list", null, "Diputación federal de mayoría relativa");

        var batch = reader.Read(Fixtures.Book(csv), dataset);

        Assert.That(batch.Candidacies[0].Draft.Area,
            Is.EqualTo(new Area(null, null, null, null, "MEXICO, Distrito 1, JILOTEPEC")));
    }
}
