namespace Conoceles.Tests.Unit.Import;

using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Import.Layouts;
using Conoceles.Tests.Unit.Import.Support;

public sealed class IecmCurricularReaderTests
{
    private static readonly string[] Header =
    [
        "NOMBRE_CANDIDATO", "PARTIDO_COALICION", "CARGO", "TIPO_CANDIDATO", "DISTRITO LOCAL", "CIRCUNSCRIPCION",
        "NUM_LISTA_O_FORMULA", "Facebook", "X(Twitter)", "Youtube", "Instagram", "Tiktok", "Otra", "PAGINA_WEB",
        "CORREO_ELECTRONICO", "TELEFONO", "DIRECCION_CASA_CAMPAÑA", "ESCOLARIDAD", "Formación académica 1",
        "Formación académica 2", "HISTORIA_PROFESIONAL", "PROPUESTA_1",
    ];

    private static readonly DatasetSpec Dataset = Fixtures.Dataset(IecmCurricularReader.Layout, state: "09");

    [Test]
    public void ShouldKeyByPositionAndLeavePartnerUnknownWhenNumberIsBlank()
    {
        var batch = Read(new Csv(Header)
            .Row(Rp("LUZ PRUEBA UNO", "TITULAR"))
            .Row(Rp("MAR PRUEBA DOS", "SUPLENTE"))
            .Row(Rp("SOL PRUEBA TRES", "TITULAR")));

        Assert.That(batch.Candidacies.Select(c => c.SourceKey[^5..]), Is.EqualTo(new[] { "row:1", "row:2", "row:3" }));
        Assert.That(batch.Candidacies.Select(c => c.TicketKey), Is.All.Null);
        Assert.That(batch.Candidacies[0].Draft.Area, Is.EqualTo(new Area("09", null, null, null, "Ciudad de México")));
    }

    [Test]
    public void ShouldTakeListPositionAndShareTicketWhenProportionalRowsHaveNumber()
    {
        var batch = Read(new Csv(Header)
            .Row(Council("Representación Proporcional", "TITULAR", "3", null))
            .Row(Council("Representación Proporcional", "SUPLENTE", "3", null)));

        var (owner, substitute) = (batch.Candidacies[0], batch.Candidacies[1]);

        Assert.That((owner.Draft.ListPosition, owner.Draft.TicketNumber), Is.EqualTo(((int?)3, (string?)null)));
        Assert.That(owner.TicketKey, Is.Not.Null.And.EqualTo(substitute.TicketKey));
        Assert.That((owner.Draft.Role, substitute.Draft.Role), Is.EqualTo((TicketRole.Owner, TicketRole.Substitute)));
    }

    [Test]
    public void ShouldPlaceCouncilInAlcaldiaWhenDistritoLocalNamesIt()
    {
        var council = Read(new Csv(Header).Row(Council("Mayoría Relativa", "TITULAR", "2", "4"))).Candidacies[0];

        Assert.That(council.Draft.Area,
            Is.EqualTo(new Area("09", null, "09015", 4, "Cuauhtémoc, Circunscripción 4")));
        Assert.That((council.Draft.Office, council.Draft.TicketNumber),
            Is.EqualTo(((string?)Offices.Concejalia, (string?)"2")));
    }

    [Test]
    public void ShouldCodeLocalDistrictWhenDistritoLocalIsNumbered()
    {
        var deputy = Read(new Csv(Header).Row(
            ("NOMBRE_CANDIDATO", "LUZ PRUEBA UNO"), ("PARTIDO_COALICION", "Morena"), ("TIPO_CANDIDATO", "TITULAR"),
            ("CARGO", "Diputación de Mayoría Relativa"), ("DISTRITO LOCAL", "Distrito 21"))).Candidacies[0];

        Assert.That(deputy.Draft.Area, Is.EqualTo(new Area("09", "local-09-21", null, null, "Distrito 21")));
    }

    [Test]
    public void ShouldKeepEachNetworkAndDropJunkWhenColumnsHoldThem()
    {
        var batch = Read(new Csv(Header).Row(
            [.. Rp("LUZ PRUEBA UNO", "TITULAR")], ("Facebook", "luz@example.org"), ("X(Twitter)", "@luzprueba"),
            ("Otra", "SIN REGISTRO"), ("Youtube", "?"), ("Tiktok", "n/a")));

        var contact = batch.Candidacies[0].Draft.Contact;

        Assert.That(contact.SocialNetworks, Is.EqualTo(new[]
        {
            new SocialLink(SocialNetwork.Facebook, "luz@example.org"), new SocialLink(SocialNetwork.X, "@luzprueba"),
        }));
        Assert.That(batch.Warnings.Single().Reason, Does.Contain("Facebook holds an e-mail"));
    }

    [Test]
    public void ShouldKeepQuestionMarksAndStudiesWhenTextHasThem()
    {
        var draft = Read(new Csv(Header).Row(
            [.. Rp("LUZ PRUEBA UNO", "TITULAR")], ("ESCOLARIDAD", "Licenciatura concluida"),
            ("Formación académica 1", "Diplomado en ?Archivos?"), ("Formación académica 2", "-"),
            ("HISTORIA_PROFESIONAL", "2020 ? 2023 en la biblioteca"))).Candidacies[0].Draft;

        Assert.That(draft.Education.OtherStudies, Is.EqualTo(new[] { "Diplomado en ?Archivos?" }));
        Assert.That(draft.ProfessionalHistory, Is.EqualTo("2020 ? 2023 en la biblioteca"));
        Assert.That((draft.Education.Level, draft.Education.Status),
            Is.EqualTo(((EducationLevel?)EducationLevel.Licenciatura, (EducationStatus?)EducationStatus.Concluido)));
    }

    private static ImportBatch Read(Csv csv) =>
        new IecmCurricularReader(Fixtures.Services()).Read(Fixtures.Book(csv), Dataset);

    private static (string, string?)[] Rp(string name, string role) =>
    [
        ("NOMBRE_CANDIDATO", name), ("PARTIDO_COALICION", "Partido Acción Nacional"), ("TIPO_CANDIDATO", role),
        ("CARGO", "Diputación de Representación Proporcional"),
    ];

    private static (string, string?)[] Council(string principle, string role, string number, string? constituency) =>
    [
        ("NOMBRE_CANDIDATO", $"{role} PRUEBA {number}"), ("PARTIDO_COALICION", "Movimiento Ciudadano"),
        ("TIPO_CANDIDATO", role), ("CARGO", $"Concejalía de {principle}"), ("DISTRITO LOCAL", "Cuauhtémoc"),
        ("CIRCUNSCRIPCION", constituency), ("NUM_LISTA_O_FORMULA", number),
    ];
}
