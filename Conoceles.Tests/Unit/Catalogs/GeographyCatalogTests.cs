namespace Conoceles.Tests.Unit.Catalogs;

using Conoceles.Infrastructure.Catalogs;
using Conoceles.Tests.Unit.Import.Support;

public sealed class GeographyCatalogTests
{
    private readonly GeographyCatalog catalog = TinyCatalog.Geography;

    [TestCase("MEXICO", "15")]
    [TestCase("CIUDAD DE MEXICO", "09")]
    [TestCase("YUCATÁN", "31")]
    [TestCase("yucatan", "31")]
    [TestCase("MICHOACAN", "16")]
    [TestCase("COAHUILA", "05")]
    [TestCase("VERACRUZ", "30")]
    [TestCase("Q. Roo", "23")]
    [TestCase("9", "09")]
    [TestCase("31", "31")]
    public void ShouldFindStateWhenGivenCodeOrAnySpelling(string text, string code) =>
        Assert.That(catalog.FindState(text)?.Code, Is.EqualTo(code));

    [Test]
    public void ShouldGiveInegiNameWhenStateFoundByIneName() =>
        Assert.That(catalog.FindState("MICHOACAN")?.Name, Is.EqualTo("Michoacán de Ocampo"));

    [Test]
    public void ShouldFindNoStateWhenNameIsUnknown() => Assert.That(catalog.FindState("ATLANTIDA"), Is.Null);

    [TestCase("10", "DURANGO", "10005")]
    [TestCase("09", "CUAUHTEMOC", "09015")]
    [TestCase("10", "SIMON BOLIVAR", "10006")]
    [TestCase("31", "TIXPÉUAL", "31095")]
    [TestCase("31", "tixpehual", "31095")]
    public void ShouldFindMunicipalityWhenSpelledWithoutAccentsOrByAlias(string state, string name, string code) =>
        Assert.That(catalog.FindMunicipality(state, name)?.Code, Is.EqualTo(code));

    [Test]
    public void ShouldFindNoMunicipalityWhenNameBelongsToAnotherState() =>
        Assert.That(catalog.FindMunicipality("31", "Durango"), Is.Null);

    [Test]
    public void ShouldListMunicipalitiesAndDistrictsWhenLoaded()
    {
        Assert.That(catalog.MunicipalitiesOf("31").Select(m => m.Name), Is.EqualTo(new[] { "Mérida", "Tixpéhual" }));
        Assert.That(catalog.MunicipalityByCode("10006")?.Name, Is.EqualTo("General Simón Bolívar"));
        Assert.That(catalog.FindFederalDistrict("01", 3)?.Seat, Is.EqualTo("AGUASCALIENTES"));
    }

    [Test]
    public void ShouldBeEmptyWhenFolderIsAbsent()
    {
        var empty = GeographyCatalog.Load(Path.Combine(Path.GetTempPath(), "no-such-catalog-folder"));

        Assert.That(empty.IsLoaded, Is.False);
        Assert.That(empty.States, Is.Empty);
        Assert.That(empty.FindState("MEXICO"), Is.Null);
    }
}
