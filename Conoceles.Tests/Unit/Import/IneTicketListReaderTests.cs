namespace Conoceles.Tests.Unit.Import;

using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Import.Layouts;
using Conoceles.Tests.Unit.Import.Support;

public sealed class IneTicketListReaderTests
{
    private static readonly string[] Header =
    [
        "Entidad", "Distrito", "Actor Político", "Persona Propietaria", "CurriculumV Persona propietaria",
        "Persona Suplente", "CurriculumV Persona Suplente",
    ];

    private static readonly DatasetSpec Dataset = Fixtures.Dataset(
        IneTicketListReader.Layout, state: null, office: "Diputación federal de mayoría relativa");

    [Test]
    public void ShouldMakeOwnerAndSubstituteWhenRowIsOneTicket()
    {
        var batch = Read(new Csv(Header).Row(Ticket("AGUASCALIENTES", "3-AGUASCALIENTES", "PARTIDO ACCIÓN NACIONAL")));

        Assert.That(batch.Candidacies.Select(c => (c.Draft.Name, c.Draft.Role)), Is.EqualTo(new[]
        {
            ("LUIS PRUEBA NUÑEZ", TicketRole.Owner), ("RAUL PRUEBA PÖHLS", TicketRole.Substitute),
        }));
        Assert.That(batch.Candidacies.Select(c => c.TicketKey).Distinct().Single(), Is.EqualTo("row:2"));
        Assert.That(batch.Candidacies.Select(c => c.SourceKey).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public void ShouldPercentEncodeCurriculumUrlWhenItHasNonAsciiLetters()
    {
        var batch = Read(new Csv(Header).Row(Ticket("AGUASCALIENTES", "3-AGUASCALIENTES", "MORENA")));

        Assert.That(batch.Candidacies.Select(c => c.Draft.CurriculumUrl), Is.EqualTo(new[]
        {
            "https://example.org/ficha/LUIS_PRUEBA_NU%C3%91EZ_1.pdf", null,
        }));
    }

    [Test]
    public void ShouldCodeFederalDistrictAndKeepSeatWhenDistritoHasNumberAndSeat()
    {
        var owner = Read(new Csv(Header).Row(Ticket("AGUASCALIENTES", "3-AGUASCALIENTES", "MORENA"))).Candidacies[0];

        Assert.That(owner.Draft.Area,
            Is.EqualTo(new Area("01", "federal-01-03", null, null, "Distrito 3, AGUASCALIENTES")));
        Assert.That((owner.Draft.Office, owner.Draft.Principle),
            Is.EqualTo(((string?)Offices.DiputacionFederal, (Principle?)Principle.MajorityRelative)));
        Assert.That((owner.Draft.Sex, owner.Draft.Age), Is.EqualTo((Sex.Unknown, (int?)null)));
    }

    [Test]
    public void ShouldCountPositionsPerContestAndActorWhenRowsRepeatThem()
    {
        var batch = Read(new Csv(Header)
            .Row(Ticket("AGUASCALIENTES", "3-AGUASCALIENTES", "MORENA"))
            .Row(Ticket("AGUASCALIENTES", "3-AGUASCALIENTES", "MORENA"))
            .Row(Ticket("AGUASCALIENTES", "3-AGUASCALIENTES", "PARTIDO ACCIÓN NACIONAL")));

        var keys = batch.Candidacies.Where(c => c.Draft.Role == TicketRole.Owner).Select(c => c.SourceKey).ToList();

        Assert.That(keys.Select(k => k[^5..]), Is.EqualTo(new[] { "row:1", "row:2", "row:1" }));
        Assert.That(keys.Distinct().Count(), Is.EqualTo(3));
    }

    [Test]
    public void ShouldGiveEachIndependentTicketItsOwnActorWhenTwoRowsAreIndependent()
    {
        var batch = Read(new Csv(Header)
            .Row(Ticket("AGUASCALIENTES", "3-AGUASCALIENTES", "CANDIDATURA INDEPENDIENTE"))
            .Row(Ticket("COAHUILA", "1-PIEDRAS NEGRAS", "CANDIDATURA INDEPENDIENTE")));

        Assert.That(batch.Candidacies.Select(c => c.Actor.Key).Distinct().Count(), Is.EqualTo(2));
        Assert.That(batch.Candidacies[2].Draft.Area.State, Is.EqualTo("05"));
    }

    private static ImportBatch Read(Csv csv) =>
        new IneTicketListReader(Fixtures.Services()).Read(Fixtures.Book(csv), Dataset);

    private static (string, string?)[] Ticket(string entity, string district, string actor) =>
    [
        ("Entidad", entity), ("Distrito", district), ("Actor Político", actor),
        ("Persona Propietaria", "LUIS PRUEBA NUÑEZ"),
        ("CurriculumV Persona propietaria", "https://example.org/ficha/LUIS_PRUEBA_NUÑEZ_1.pdf"),
        ("Persona Suplente", "RAUL PRUEBA PÖHLS"), ("CurriculumV Persona Suplente", null),
    ];
}
