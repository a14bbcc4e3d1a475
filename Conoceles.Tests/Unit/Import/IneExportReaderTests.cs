namespace Conoceles.Tests.Unit.Import;

using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;
using Conoceles.Domain.Processes;
using Conoceles.Infrastructure.Import.Layouts;
using Conoceles.Tests.Unit.Import.Support;

public sealed class IneExportReaderTests
{
    private static readonly DatasetSpec Dataset = Fixtures.SplitDataset(
        IneExportReader.Layout, ("qroo-test", "QUINTANA ROO", "23"), ("dgo-test", "DURANGO", "10"));

    [Test]
    public void ShouldSplitRowsIntoProcessesWhenEntityMatches()
    {
        var batch = ReadFixture();

        Assert.That(batch.Candidacies.Select(c => c.ProcessKey).Distinct(),
            Is.EqualTo(new[] { "qroo-test", "dgo-test" }));
        Assert.That(batch.Warnings.Select(w => w.Reason), Has.One.Contains("'CHIAPAS' matches no process"));
        Assert.That(batch.RowsRead, Is.EqualTo(8));
    }

    [Test]
    public void ShouldKeepRegistrationNumberAsTicketWhenRowHasOne()
    {
        var ana = Person(ReadFixture(), "ANA PRUEBA UNO");

        Assert.That((ana.SourceKey, ana.TicketKey, ana.Draft.TicketNumber, ana.Draft.ListPosition),
            Is.EqualTo(("900001", (string?)"900001", (string?)"900001", (int?)null)));
    }

    [Test]
    public void ShouldMapAreaAndKeepSeatWhenDistrictIsNumberAndSeat()
    {
        var ana = Person(ReadFixture(), "ANA PRUEBA UNO").Draft;

        Assert.That(ana.Area, Is.EqualTo(new Area("23", "local-23-02", null, null, "Distrito 2, CANCUN")));
        Assert.That(ana.Office, Is.EqualTo(Offices.DiputacionLocal));
        Assert.That(ana.Principle, Is.EqualTo(Principle.MajorityRelative));
    }

    [Test]
    public void ShouldTakeNoAreaNorWarnWhenCellSaysNoAplica()
    {
        var batch = ReadFixture();
        var governor = Person(batch, "ELSA PRUEBA CINCO");

        Assert.That(governor.Draft.Area, Is.EqualTo(new Area("10", null, null, null, "Durango")));
        Assert.That(batch.Warnings.Where(w => w.Row == governor.SourceRow), Is.Empty);
    }

    [Test]
    public void ShouldMapMunicipalityThroughAliasWhenSpellingDiffers()
    {
        var mayor = Person(ReadFixture(), "CARLA PRUEBA TRES").Draft;

        Assert.That(mayor.Area, Is.EqualTo(new Area("10", null, "10006", null, "General Simón Bolívar")));
    }

    [Test]
    public void ShouldImportBothAndReportWhenTicketHasTwoOwners()
    {
        var batch = ReadFixture();
        var processes = batch.Candidacies.Select(c => c.ProcessKey).Distinct()
            .Select(k => new ElectoralProcess(ElectoralProcess.IdFor(k), k, k, null, null, "UTC", null, false))
            .ToList();

        var owners = batch.Candidacies.Where(c => c.TicketKey == "900002").ToList();
        var (_, warnings) = ImportPlanner.Plan(processes, [batch]);

        Assert.That(owners.Select(o => o.Draft.Role), Is.EqualTo(new[] { TicketRole.Owner, TicketRole.Owner }));
        Assert.That(warnings.Select(w => w.Reason),
            Has.One.StartsWith(ImportReport.RegistrationError).And.Contains("ticket 900002"));
    }

    [Test]
    public void ShouldPairIdentityByRoleAndNameWhenSheetsComeInOtherOrders()
    {
        var batch = ReadFixture();

        Assert.That(Person(batch, "BEA PRUEBA DOS").Draft.Identity, Is.EqualTo(new[]
        {
            new IdentityAnswer(1, "Sí", null), new IdentityAnswer(4, "No", null),
            new IdentityAnswer(9, IdentityAnswer.PreferNotToSay, null),
            new IdentityAnswer(20, "Quintana Roo", null),
        }));
        Assert.That(Person(batch, "CARLA PRUEBA TRES").Draft.Identity.Single(),
            Is.EqualTo(new IdentityAnswer(16, "Sí", null)));
    }

    [Test]
    public void ShouldPairByNameAndWarnWhenIdentitySheetGivesAnotherRole()
    {
        var batch = ReadFixture();
        var dora = Person(batch, "DORA PRUEBA CUATRO");

        Assert.That(dora.Draft.Identity.Single(), Is.EqualTo(new IdentityAnswer(1, "No", null)));
        Assert.That(batch.Warnings.Where(w => w.Row == dora.SourceRow).Select(w => w.Reason),
            Has.One.Contains("gives this person the role SUPLENTE"));
    }

    [Test]
    public void ShouldHaveNoIdentityAnswersWhenEveryCellIsSingleSpace() =>
        Assert.That(Person(ReadFixture(), "ANA PRUEBA UNO").Draft.Identity, Is.Empty);

    [Test]
    public void ShouldSortNetworksByHostAndDropBareSchemeWhenRedesListsUrls()
    {
        var contact = Person(ReadFixture(), "ANA PRUEBA UNO").Draft.Contact;

        Assert.That(contact.SocialNetworks.Select(s => s.Network), Is.EqualTo(new[]
        {
            SocialNetwork.Facebook, SocialNetwork.X, SocialNetwork.TikTok, SocialNetwork.Other,
        }));
        Assert.That(contact.Website, Is.Null);
        Assert.That(contact.Emails, Is.EqualTo(new[] { "ana@example.org" }));
    }

    [Test]
    public void ShouldMapTruncaAndListNoCoursesWhenCursosSaysSinCursos()
    {
        var education = Person(ReadFixture(), "ANA PRUEBA UNO").Draft.Education;

        Assert.That(education.Level, Is.EqualTo(EducationLevel.Licenciatura));
        Assert.That((education.Status, education.StatusAsPublished),
            Is.EqualTo(((EducationStatus?)EducationStatus.Trunco, "Trunca")));
        Assert.That(education.OtherStudies, Is.Empty);
    }

    [Test]
    public void ShouldShareActorWithinTicketWhenIndependent()
    {
        var batch = ReadFixture();

        var keys = new[] { "ELSA PRUEBA CINCO", "FABIOLA PRUEBA SEIS", "GINA PRUEBA SIETE" }
            .Select(n => Person(batch, n).Actor.Key).ToList();

        Assert.That(keys[1], Is.EqualTo(keys[0]));
        Assert.That(keys[2], Is.Not.EqualTo(keys[0]));
    }

    [Test]
    public void ShouldReadSexAgeAndSectionsWhenGiven()
    {
        var ana = Person(ReadFixture(), "ANA PRUEBA UNO").Draft;

        Assert.That((ana.Sex, ana.Age, ana.Role), Is.EqualTo((Sex.Woman, (int?)37, TicketRole.Owner)));
        Assert.That(ana.Proposals, Is.EqualTo(new[] { "Propuesta uno", "Propuesta dos" }));
        Assert.That(ana.GenderProposal, Is.EqualTo("Propuesta de género"));
    }

    private static ImportBatch ReadFixture() =>
        new IneExportReader(Fixtures.Services()).Read(
            Fixtures.Book(
                Fixtures.Sheet("CANDIDATOS", IneExportFixture.Candidates().ToString()),
                Fixtures.Sheet("CUESTIONARIO IDENTIDAD", IneExportFixture.Identity().ToString())),
            Dataset);

    private static ImportedCandidacy Person(ImportBatch batch, string name) =>
        batch.Candidacies.Single(c => c.Draft.Name == name);
}
