namespace Conoceles.Tests.Unit.Import;

using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Import.Mapping;
using Conoceles.Tests.Unit.Import.Support;

public sealed class FieldMapperTests
{
    [Test]
    public void ShouldKeepOfficeAsPublishedAndWarnWhenNoAliasExists()
    {
        var session = Fixtures.Services().Begin("prueba.csv");

        var office = session.Fields.Office(7, "Sindicatura Primera");

        Assert.That(office, Is.EqualTo(new OfficeValue(null, null, "Sindicatura Primera")));
        Assert.That(session.Warnings.Single().ToString(),
            Does.Contain("prueba.csv:7").And.Contain("Sindicatura Primera"));
    }

    [Test]
    public void ShouldTakePrincipleFromItsColumnWhenOfficeHasNone()
    {
        var session = Fixtures.Services().Begin("prueba.csv");

        var office = session.Fields.Office(2, "DIPUTACIÓN", "REPRESENTACIÓN PROPORCIONAL");

        Assert.That((office.Code, office.Principle),
            Is.EqualTo((Offices.DiputacionLocal, (Principle?)Principle.Proportional)));
        Assert.That(session.Warnings, Is.Empty);
    }

    [Test]
    public void ShouldFlagLevelUnmappedAndWarnWhenNoAliasExists()
    {
        var session = Fixtures.Services().Begin("prueba.csv");

        var education = session.Fields.Education(3, "Kínder", "Diploma raro", []);

        Assert.That((education.Level, education.Status), Is.EqualTo(
            ((EducationLevel?)EducationLevel.Unmapped, (EducationStatus?)EducationStatus.Unmapped)));
        Assert.That((education.LevelAsPublished, education.StatusAsPublished),
            Is.EqualTo(("Kínder", "Diploma raro")));
        Assert.That(session.Warnings, Has.Count.EqualTo(2));
    }

    [Test]
    public void ShouldTakeStatusFromLevelWhenOneCellHoldsBoth()
    {
        var session = Fixtures.Services().Begin("prueba.csv");

        var education = session.Fields.Education(3, "Licenciatura trunca", null, []);

        Assert.That(education.Level, Is.EqualTo(EducationLevel.Licenciatura));
        Assert.That(education.Status, Is.EqualTo(EducationStatus.Trunco));
    }

    [Test]
    public void ShouldStayQuietWhenValuesAreNotProvided()
    {
        var session = Fixtures.Services().Begin("prueba.csv");

        var education = session.Fields.Education(4, null, null, []);
        var sex = session.Fields.Sex(4, null);
        var age = session.Fields.Age(4, null);

        Assert.That((education.Level, sex, age),
            Is.EqualTo(((EducationLevel?)null, Sex.Unknown, (int?)null)));
        Assert.That(session.Warnings, Is.Empty);
    }

    [TestCase("Sin cursos")]
    [TestCase("NINGUNA")]
    public void ShouldListNoOtherStudiesWhenCellSaysNone(string cell)
    {
        var session = Fixtures.Services().Begin("prueba.csv");

        Assert.That(session.Fields.OtherStudies(cell, null, "Diplomado en archivística"),
            Is.EqualTo(new[] { "Diplomado en archivística" }));
    }

    [Test]
    public void ShouldWarnAndKeepNoAgeWhenAgeIsNotNumber()
    {
        var session = Fixtures.Services().Begin("prueba.csv");

        Assert.That(session.Fields.Age(9, "cuarenta"), Is.Null);
        Assert.That(session.Warnings.Single().Row, Is.EqualTo(9));
    }
}
