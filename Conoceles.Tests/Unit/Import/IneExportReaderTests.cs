namespace Conoceles.Tests.Unit.Import;

using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Import.Layouts;
using Conoceles.Tests.Unit.Import.Support;

public sealed class IneExportReaderTests
{
    private static readonly string[] Identifying =
    [
        "PARTIDO_COALICION", "CARGO", "ENTIDAD", "DISTRITO LOCAL", "CIRCUNSCRIPCION", "MUNICIPIO",
        "NUM_LISTA_O_FORMULA", "NOMBRE_CANDIDATO", "TIPO_CANDIDATO", "EDAD", "SEXO",
    ];

    private static readonly string[] Curricular =
    [
        .. Identifying, "DIRECCION_CASA_CAMPAÑA", "TELEFONO", "CORREO_ELECTRONICO", "PAGINA_WEB", "REDES",
        "ESCOLARIDAD", "ESTATUS_ESCOLARIDAD", "CURSOS", "HISTORIA_PROFESIONAL", "TRAYECTORIA_POLITICA",
        "MOTIVO_CARGO_PUBLICO", "PROPUESTA_1", "PROPUESTA_2", "PROPUESTA_GENERO",
    ];

    private static readonly string[] Questions =
    [
        .. Identifying.Select(h => h == "DISTRITO LOCAL" ? "DISTRITOLOCAL" : h),
        "1. ¿Se identifica como persona indígena?", "4. ¿Tiene alguna discapacidad?",
        "9. ¿Es parte de la población LGBTTTIQ+?", "16. ¿Es parte de la población joven?",
        "20. Entidad federativa de nacimiento: ",
    ];

    private static readonly DatasetSpec Dataset = Fixtures.SplitDataset(
        IneExportReader.Layout, ("qroo-test", "QUINTANA ROO", "23"), ("dgo-test", "DURANGO", "10"));

    [Test]
    public void ShouldSplitRowsIntoProcessesWhenEntityMatches()
    {
        var batch = Read(Candidates(), Identity());

        Assert.That(batch.Candidacies.Select(c => c.ProcessKey).Distinct(), Is.EqualTo(new[] { "qroo-test", "dgo-test" }));
        Assert.That(batch.Warnings.Select(w => w.Reason), Has.One.Contains("'CHIAPAS' matches no process"));
        Assert.That(batch.RowsRead, Is.EqualTo(8));
    }

    [Test]
    public void ShouldKeepRegistrationNumberAsTicketWhenRowHasOne()
    {
        var ana = Person(Read(Candidates(), Identity()), "ANA PRUEBA UNO");

        Assert.That((ana.SourceKey, ana.TicketKey, ana.Draft.TicketNumber, ana.Draft.ListPosition),
            Is.EqualTo(("900001", (string?)"900001", (string?)"900001", (int?)null)));
    }

    [Test]
    public void ShouldMapAreaAndKeepSeatWhenDistrictIsNumberAndSeat()
    {
        var ana = Person(Read(Candidates(), Identity()), "ANA PRUEBA UNO").Draft;

        Assert.That(ana.Area, Is.EqualTo(new Area("23", "local-23-02", null, null, "Distrito 2, CANCUN")));
        Assert.That((ana.Office, ana.Principle), Is.EqualTo(((string?)Offices.DiputacionLocal, (Principle?)Principle.MajorityRelative)));
    }

    [Test]
    public void ShouldTakeNoAreaNorWarnWhenCellSaysNoAplica()
    {
        var batch = Read(Candidates(), Identity());
        var governor = Person(batch, "ELSA PRUEBA CINCO");

        Assert.That(governor.Draft.Area, Is.EqualTo(new Area("10", null, null, null, "Durango")));
        Assert.That(batch.Warnings.Where(w => w.Row == governor.SourceRow), Is.Empty);
    }

    [Test]
    public void ShouldMapMunicipalityThroughAliasWhenSpellingDiffers()
    {
        var mayor = Person(Read(Candidates(), Identity()), "CARLA PRUEBA TRES").Draft;

        Assert.That(mayor.Area, Is.EqualTo(new Area("10", null, "10006", null, "General Simón Bolívar")));
    }

    [Test]
    public void ShouldImportBothAndWarnWhenTicketHasTwoOwners()
    {
        var batch = Read(Candidates(), Identity());

        var owners = batch.Candidacies.Where(c => c.TicketKey == "900002").ToList();

        Assert.That(owners.Select(o => o.Draft.Role), Is.EqualTo(new[] { TicketRole.Owner, TicketRole.Owner }));
        Assert.That(batch.Warnings.Select(w => w.Reason), Has.One.EqualTo("ticket 900002 has 2 owners: registration error"));
    }

    [Test]
    public void ShouldPairIdentityByRoleAndNameWhenSheetsComeInOtherOrders()
    {
        var batch = Read(Candidates(), Identity());

        Assert.That(Person(batch, "BEA PRUEBA DOS").Draft.Identity, Is.EqualTo(new[]
        {
            new IdentityAnswer(1, "Sí", null), new IdentityAnswer(4, "No", null),
            new IdentityAnswer(9, IdentityAnswer.PreferNotToSay, null), new IdentityAnswer(20, "Quintana Roo", null),
        }));
        Assert.That(Person(batch, "CARLA PRUEBA TRES").Draft.Identity.Single(), Is.EqualTo(new IdentityAnswer(16, "Sí", null)));
    }

    [Test]
    public void ShouldPairByNameAndWarnWhenIdentitySheetGivesAnotherRole()
    {
        var batch = Read(Candidates(), Identity());
        var dora = Person(batch, "DORA PRUEBA CUATRO");

        Assert.That(dora.Draft.Identity.Single(), Is.EqualTo(new IdentityAnswer(1, "No", null)));
        Assert.That(batch.Warnings.Where(w => w.Row == dora.SourceRow).Select(w => w.Reason),
            Has.One.Contains("gives this person the role SUPLENTE"));
    }

    [Test]
    public void ShouldHaveNoIdentityAnswersWhenEveryCellIsSingleSpace() =>
        Assert.That(Person(Read(Candidates(), Identity()), "ANA PRUEBA UNO").Draft.Identity, Is.Empty);

    [Test]
    public void ShouldSortNetworksByHostAndDropBareSchemeWhenRedesListsUrls()
    {
        var contact = Person(Read(Candidates(), Identity()), "ANA PRUEBA UNO").Draft.Contact;

        Assert.That(contact.SocialNetworks.Select(s => s.Network),
            Is.EqualTo(new[] { SocialNetwork.Facebook, SocialNetwork.X, SocialNetwork.TikTok, SocialNetwork.Other }));
        Assert.That(contact.Website, Is.Null);
        Assert.That(contact.Emails, Is.EqualTo(new[] { "ana@example.org" }));
    }

    [Test]
    public void ShouldMapTruncaAndListNoCoursesWhenCursosSaysSinCursos()
    {
        var education = Person(Read(Candidates(), Identity()), "ANA PRUEBA UNO").Draft.Education;

        Assert.That((education.Level, education.Status, education.StatusAsPublished),
            Is.EqualTo(((EducationLevel?)EducationLevel.Licenciatura, (EducationStatus?)EducationStatus.Trunco, "Trunca")));
        Assert.That(education.OtherStudies, Is.Empty);
    }

    [Test]
    public void ShouldShareActorWithinTicketWhenIndependent()
    {
        var batch = Read(Candidates(), Identity());

        var keys = new[] { "ELSA PRUEBA CINCO", "FABIOLA PRUEBA SEIS", "GINA PRUEBA SIETE" }
            .Select(n => Person(batch, n).Actor.Key).ToList();

        Assert.That(keys[1], Is.EqualTo(keys[0]));
        Assert.That(keys[2], Is.Not.EqualTo(keys[0]));
    }

    [Test]
    public void ShouldReadSexAgeAndSectionsWhenGiven()
    {
        var ana = Person(Read(Candidates(), Identity()), "ANA PRUEBA UNO").Draft;

        Assert.That((ana.Sex, ana.Age, ana.Role), Is.EqualTo((Sex.Woman, (int?)37, TicketRole.Owner)));
        Assert.That(ana.Proposals, Is.EqualTo(new[] { "Propuesta uno", "Propuesta dos" }));
        Assert.That(ana.GenderProposal, Is.EqualTo("Propuesta de género"));
    }

    private static ImportBatch Read(Csv candidates, Csv identity) =>
        new IneExportReader(Fixtures.Services()).Read(
            Fixtures.Book(
                Fixtures.Sheet("CANDIDATOS", candidates.ToString()),
                Fixtures.Sheet("CUESTIONARIO IDENTIDAD", identity.ToString())),
            Dataset);

    private static ImportedCandidacy Person(ImportBatch batch, string name) =>
        batch.Candidacies.Single(c => c.Draft.Name == name);

    private static Csv Candidates() => new Csv(Curricular)
        .Row(Qroo("900001", "ANA PRUEBA UNO", "PROPIETARIA"), ("EDAD", "37"), ("SEXO", "MUJER"),
            ("CORREO_ELECTRONICO", "ana@example.org"), ("PAGINA_WEB", "No proporcionó"),
            ("REDES", "https://www.facebook.com/anaprueba, https://x.com/anaprueba, https://www.tiktok.com/@ana, " +
                "https://, linktr.ee/ana"), ("ESCOLARIDAD", "Licenciatura"), ("ESTATUS_ESCOLARIDAD", "Trunca"),
            ("CURSOS", "Sin cursos"), ("PROPUESTA_1", "Propuesta uno"), ("PROPUESTA_2", "Propuesta dos"),
            ("PROPUESTA_GENERO", "Propuesta de género"))
        .Row(Qroo("900001", "BEA PRUEBA DOS", "SUPLENTE"))
        .Row(Mayor("900002", "CARLA PRUEBA TRES"))
        .Row(Mayor("900002", "DORA PRUEBA CUATRO"))
        .Row(Governor("900003", "ELSA PRUEBA CINCO", "PROPIETARIA"))
        .Row(Governor("900003", "FABIOLA PRUEBA SEIS", "SUPLENTE"))
        .Row(Governor("900004", "GINA PRUEBA SIETE", "PROPIETARIA"))
        .Row(("PARTIDO_COALICION", "MORENA"), ("CARGO", "GUBERNATURA"), ("ENTIDAD", "CHIAPAS"),
            ("NUM_LISTA_O_FORMULA", "900005"), ("NOMBRE_CANDIDATO", "HILDA PRUEBA OCHO"), ("TIPO_CANDIDATO", "PROPIETARIA"));

    private static Csv Identity() => new Csv(Questions)
        .Row(Answers("900002", "DORA PRUEBA CUATRO", "SUPLENTE", "No", " ", " ", " ", " "))
        .Row(Answers("900001", "BEA PRUEBA DOS", "SUPLENTE", "SI", "No", "Prefiero no contestar", " ", "Quintana Roo"))
        .Row(Answers("900002", "CARLA PRUEBA TRES", "PROPIETARIA", " ", " ", " ", "Sí", " "))
        .Row(Answers("900001", "ANA PRUEBA UNO", "PROPIETARIA", " ", " ", " ", " ", " "))
        .Row(Answers("900003", "ELSA PRUEBA CINCO", "PROPIETARIA", " ", " ", " ", " ", " "))
        .Row(Answers("900003", "FABIOLA PRUEBA SEIS", "SUPLENTE", " ", " ", " ", " ", " "))
        .Row(Answers("900004", "GINA PRUEBA SIETE", "PROPIETARIA", " ", " ", " ", " ", " "));

    private static (string, string?)[] Qroo(string number, string name, string role) =>
        Ticket("VA POR QUINTANA ROO.", "DIPUTACIÓN LOCAL MR", "QUINTANA ROO", "2-CANCUN", "No aplica", number, name, role);

    private static (string, string?)[] Mayor(string number, string name) =>
        Ticket("MOVIMIENTO CIUDADANO", "PRESIDENCIA MUNICIPAL", "DURANGO", "No aplica", "SIMON BOLIVAR", number, name,
            "PROPIETARIA");

    private static (string, string?)[] Governor(string number, string name, string role) =>
        Ticket("CANDIDATURA INDEPENDIENTE", "GUBERNATURA", "DURANGO", "No aplica", "No aplica", number, name, role);

    private static (string, string?)[] Ticket(
        string actor, string office, string entity, string district, string municipality, string number, string name,
        string role) =>
    [
        ("PARTIDO_COALICION", actor), ("CARGO", office), ("ENTIDAD", entity), ("DISTRITO LOCAL", district),
        ("CIRCUNSCRIPCION", "No aplica"), ("MUNICIPIO", municipality), ("NUM_LISTA_O_FORMULA", number),
        ("NOMBRE_CANDIDATO", name), ("TIPO_CANDIDATO", role),
    ];

    private static (string, string?)[] Answers(string number, string name, string role, params string[] answers) =>
    [
        ("NUM_LISTA_O_FORMULA", number), ("NOMBRE_CANDIDATO", name), ("TIPO_CANDIDATO", role),
        .. Questions[^5..].Zip(answers, (q, a) => (q, (string?)a)),
    ];
}
