namespace Conoceles.Tests.Unit.Import;

using System.Text;
using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Import.Layouts;
using Conoceles.Tests.Unit.Import.Support;

public sealed class IepacExportReaderTests
{
    private static readonly string[] Header =
    [
        "NOMBRE_CANDIDATO", "Sobrenombre", "CARGO", "EDAD", "ENTIDAD", "SEXO", "PARTIDO_COALICION",
        "DISTRITO FEDERAL", "Principio", "Num lista", "DISTRITO LOCAL", "facebook", "ESCOLARIDAD",
        "Estatus_de_estudios", "CURSOS", "Accion_Afirmativa", "PROPUESTA_GENERO",
        "1. ¿Se identifica como una persona indígena?", "3. ¿A qué pueblo pertenece?",
        "16. ¿Es parte de la población joven?",
    ];

    private static readonly DatasetSpec Dataset = Fixtures.Dataset(IepacExportReader.Layout, state: "31");

    [Test]
    public void ShouldReadLocalDistrictFromDistritoFederalWhenLayoutSwapsThem()
    {
        var deputy = Read(new Csv(Header).Row(Deputy("ROSA PRUEBA UNO", "3: MERIDA"))).Candidacies[0].Draft;

        Assert.That(deputy.Area, Is.EqualTo(new Area("31", "local-31-03", null, null, "Distrito 3, MERIDA")));
        Assert.That((deputy.Office, deputy.Principle),
            Is.EqualTo(((string?)Offices.DiputacionLocal, (Principle?)Principle.MajorityRelative)));
    }

    [Test]
    public void ShouldReadMunicipalityFromDistritoLocalWhenLayoutSwapsThem()
    {
        var batch = Read(new Csv(Header).Row(Mayor("TERE PRUEBA DOS", "TIXPÉUAL")));

        Assert.That(batch.Candidacies[0].Draft.Area, Is.EqualTo(new Area("31", null, "31095", null, "Tixpéhual")));
        Assert.That(batch.Warnings, Is.Empty);
    }

    [Test]
    public void ShouldLeaveRoleAndPartnerUnknownWhenLayoutHasNoRoleColumn()
    {
        var row = Read(new Csv(Header).Row(Mayor("TERE PRUEBA DOS", "MERIDA"))).Candidacies[0];

        Assert.That((row.Draft.Role, row.TicketKey), Is.EqualTo((TicketRole.Unknown, (string?)null)));
        Assert.That(row.SourceKey, Does.EndWith("/row:1"));
    }

    [Test]
    public void ShouldKeyByListNumberWhenProportionalRowHasOne()
    {
        var row = Read(new Csv(Header).Row(
            ("NOMBRE_CANDIDATO", "UMA PRUEBA TRES"), ("CARGO", "DIPUTACIÓN"),
            ("Principio", "REPRESENTACIÓN PROPORCIONAL"), ("Num lista", "2"),
            ("PARTIDO_COALICION", "PAN-PRI-NAY"))).Candidacies[0];

        Assert.That((row.Draft.ListPosition, row.Draft.Principle),
            Is.EqualTo(((int?)2, (Principle?)Principle.Proportional)));
        Assert.That(row.SourceKey, Does.EndWith("/list:2"));
        Assert.That(row.Actor.PartyAbbreviations, Is.EqualTo(new[] { "PAN", "PRI", "NAY" }));
    }

    [Test]
    public void ShouldReadSexAgeNicknameAndAffirmativeActionWhenGiven()
    {
        var draft = Read(new Csv(Header).Row(
            [.. Mayor("VERO PRUEBA CUATRO", "MERIDA")], ("SEXO", "NO BINARIO"), ("EDAD", "29"), ("Sobrenombre", "VERO"),
            ("Accion_Afirmativa", "SI"))).Candidacies[0].Draft;

        Assert.That((draft.Sex, draft.Age, draft.Nickname, draft.AffirmativeAction),
            Is.EqualTo((Sex.NonBinary, (int?)29, (string?)"VERO", (bool?)true)));
    }

    [Test]
    public void ShouldMapIdentityColumnsWhenAnswersAreInCapitals()
    {
        var draft = Read(new Csv(Header).Row(
            [.. Mayor("VERO PRUEBA CUATRO", "MERIDA")],
            ("1. ¿Se identifica como una persona indígena?", "SI"), ("3. ¿A qué pueblo pertenece?", "MAYAS"),
            ("16. ¿Es parte de la población joven?", "PREFIERO NO CONTESTAR"))).Candidacies[0].Draft;

        Assert.That(draft.Identity, Is.EqualTo(new[]
        {
            new IdentityAnswer(1, "Sí", null), new IdentityAnswer(3, "MAYAS", null),
            new IdentityAnswer(16, IdentityAnswer.PreferNotToSay, null),
        }));
    }

    [Test]
    public void ShouldComposeTextToNfcWhenCellIsDecomposed()
    {
        var draft = Read(new Csv(Header).Row(
            [.. Mayor("VERO PRUEBA CUATRO", "MERIDA")], ("PROPUESTA_GENERO", "PARTICIPACIO\u0301N DE GE\u0301NERO")))
            .Candidacies[0].Draft;

        Assert.That(draft.GenderProposal, Is.EqualTo("PARTICIPACIÓN DE GÉNERO"));
        Assert.That(draft.GenderProposal!.IsNormalized(NormalizationForm.FormC), Is.True);
    }

    [Test]
    public void ShouldMapEducationWhenInstituteUsesItsOwnWords()
    {
        var education = Read(new Csv(Header).Row(
            [.. Mayor("VERO PRUEBA CUATRO", "MERIDA")], ("ESCOLARIDAD", "CARRERA TÉCNICA"),
            ("Estatus_de_estudios", "ACTUALMENTE EN CURSO"), ("CURSOS", "Taller de oratoria")))
            .Candidacies[0].Draft.Education;

        Assert.That((education.Level, education.Status),
            Is.EqualTo(((EducationLevel?)EducationLevel.Tecnica, (EducationStatus?)EducationStatus.Cursando)));
        Assert.That(education.OtherStudies, Is.EqualTo(new[] { "Taller de oratoria" }));
    }

    private static ImportBatch Read(Csv csv) =>
        new IepacExportReader(Fixtures.Services()).Read(Fixtures.Book(csv), Dataset);

    private static (string, string?)[] Deputy(string name, string district) =>
    [
        ("NOMBRE_CANDIDATO", name), ("CARGO", "DIPUTACIÓN"), ("Principio", "MAYORÍA RELATIVA"),
        ("DISTRITO FEDERAL", district), ("PARTIDO_COALICION", "Movimiento Ciudadano (MC)"), ("ENTIDAD", "YUCATÁN"),
    ];

    private static (string, string?)[] Mayor(string name, string municipality) =>
    [
        ("NOMBRE_CANDIDATO", name), ("CARGO", "AYUNTAMIENTO"), ("DISTRITO LOCAL", municipality),
        ("PARTIDO_COALICION", "Morena (MORENA)"), ("ENTIDAD", "YUCATÁN"),
    ];
}
