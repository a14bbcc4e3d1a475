namespace Conoceles.Tests.Unit.Import;

using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Import.Vocabulary;

public sealed class ImportVocabularyTests
{
    private static readonly ImportVocabulary Vocabulary = ImportVocabulary.Load();

    [TestCase("DIPUTACIÓN LOCAL MR", Offices.DiputacionLocal, Principle.MajorityRelative)]
    [TestCase("DIPUTACION LOCAL RP", Offices.DiputacionLocal, Principle.Proportional)]
    [TestCase("Concejalía de Representación Proporcional", Offices.Concejalia, Principle.Proportional)]
    [TestCase("Diputación federal de mayoría relativa", Offices.DiputacionFederal, Principle.MajorityRelative)]
    public void ShouldMapOfficeAndPrincipleWhenTextCarriesBoth(
        string published, string office, Principle principle) =>
        Assert.That(Vocabulary.Office(published), Is.EqualTo(new OfficeMeaning(office, principle)));

    [TestCase("AYUNTAMIENTO", Offices.Ayuntamiento)]
    [TestCase("Titular de Alcaldía", Offices.Alcaldia)]
    [TestCase("Diputación Migrante", Offices.DiputacionMigrante)]
    [TestCase("Jefatura de Gobierno", Offices.JefaturaDeGobierno)]
    [TestCase("presidencia   municipal", Offices.PresidenciaMunicipal)]
    public void ShouldMapOfficeWithoutPrincipleWhenTextHasNone(string published, string office) =>
        Assert.That(Vocabulary.Office(published), Is.EqualTo(new OfficeMeaning(office, null)));

    [TestCase("Trunco")]
    [TestCase("Trunca")]
    [TestCase("TRUNCO")]
    public void ShouldMapToTruncoWhenStatusIsAnyGenderOrCase(string published) =>
        Assert.That(Vocabulary.Status(published), Is.EqualTo(EducationStatus.Trunco));

    [TestCase("FINALIZADO", EducationStatus.Concluido)]
    [TestCase("ACTUALMENTE EN CURSO", EducationStatus.Cursando)]
    [TestCase("Título", EducationStatus.Titulo)]
    [TestCase("Cédula profesional", EducationStatus.Cedula)]
    [TestCase("Certificado", EducationStatus.Certificado)]
    public void ShouldMapStatusWhenInstituteSpellsItItsWay(string published, EducationStatus status) =>
        Assert.That(Vocabulary.Status(published), Is.EqualTo(status));

    [TestCase("Licenciatura concluida", EducationLevel.Licenciatura, EducationStatus.Concluido)]
    [TestCase("Bachillerato completo", EducationLevel.Preparatoria, EducationStatus.Concluido)]
    [TestCase("BACHILLERATO", EducationLevel.Preparatoria, null)]
    [TestCase("CARRERA TÉCNICA", EducationLevel.Tecnica, null)]
    [TestCase("TÉCNICO SUPERIOR UNIVERSITARIO", EducationLevel.TecnicoSuperior, null)]
    [TestCase("Posgrado concluido", EducationLevel.Posgrado, EducationStatus.Concluido)]
    [TestCase("Sin estudios", EducationLevel.None, null)]
    [TestCase("Ninguno", EducationLevel.None, null)]
    public void ShouldMapLevelWhenAliasExists(
        string published, EducationLevel level, EducationStatus? status) =>
        Assert.That(Vocabulary.Level(published), Is.EqualTo(new LevelMeaning(level, status)));

    [TestCase("PROPIETARIA", TicketRole.Owner)]
    [TestCase("PROPIETARIO", TicketRole.Owner)]
    [TestCase("TITULAR", TicketRole.Owner)]
    [TestCase("Suplente", TicketRole.Substitute)]
    public void ShouldNormaliseRoleWhenWordIsGendered(string published, TicketRole role) =>
        Assert.That(Vocabulary.Role(published), Is.EqualTo(role));

    [TestCase("MUJER", Sex.Woman)]
    [TestCase("HOMBRE", Sex.Man)]
    [TestCase("NO BINARIO", Sex.NonBinary)]
    public void ShouldMapSexWhenPublishedInCapitals(string published, Sex sex) =>
        Assert.That(Vocabulary.Sex(published), Is.EqualTo(sex));

    [TestCase("SI", "Sí")]
    [TestCase("Sí", "Sí")]
    [TestCase("NO", "No")]
    [TestCase("PREFIERO NO CONTESTAR", "Prefiero no contestar")]
    public void ShouldSpellAnswerOneWayWhenSourcesDiffer(string published, string answer) =>
        Assert.That(Vocabulary.Answer(published), Is.EqualTo(answer));

    [Test]
    public void ShouldFindNoAliasWhenValueIsUnknown()
    {
        Assert.That(Vocabulary.Office("Sindicatura de prueba"), Is.Null);
        Assert.That(Vocabulary.Level("Kínder"), Is.Null);
    }

    [Test]
    public void ShouldRefuseAliasFileWhenCodeIsUnknown()
    {
        var folder = Directory.CreateTempSubdirectory("conoceles-aliases-").FullName;
        foreach (var file in Directory.GetFiles(ImportVocabulary.DefaultFolder))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        File.AppendAllText(Path.Combine(folder, "roles.csv"), "CAPITANA,captain\n");

        Assert.That(() => ImportVocabulary.Load(folder),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("CAPITANA"));
        Directory.Delete(folder, recursive: true);
    }
}
