namespace Conoceles.Tests.Unit.Domain;

using Conoceles.Domain.Text;

public sealed class NameKeysTests
{
    [Test]
    public void ShouldFoldAccentsAndCaseWhenBuildingSearchKey()
    {
        Assert.That(NameKeys.Search("García Muñoz"), Is.EqualTo(NameKeys.Search("GARCIA MUNOZ")));
        Assert.That(NameKeys.Search("ARGÜELLO  Pérez"), Is.EqualTo(" arguello perez "));
    }

    [Test]
    public void ShouldFoldDecomposedTextLikeComposedWhenBuildingSearchKey()
    {
        var decomposed = "Jose\u0301 Nu\u0303n\u0303ez";

        Assert.That(NameKeys.Search(decomposed), Is.EqualTo(NameKeys.Search("José Ñuñez")));
    }

    [Test]
    public void ShouldTreatCharactersBeyondTheBasicPlaneAsSpacesWhenBuildingKeys()
    {
        Assert.That(NameKeys.Words("ana\U0001F600 peña 🗳️"), Is.EqualTo(new[] { "ana", "pena" }));
        Assert.That(NameKeys.Sort("ANA😀 PEÑA"), Is.EqualTo("ANA PEN~A"));
    }

    [Test]
    public void ShouldSortÑAfterEveryNWhenComparingSortKeys()
    {
        string[] names = ["MUÑOZ", "MUNZ", "MUO", "MUNOZ"];

        var sorted = names.OrderBy(NameKeys.Sort, StringComparer.Ordinal).ToArray();

        Assert.That(sorted, Is.EqualTo(new[] { "MUNOZ", "MUNZ", "MUÑOZ", "MUO" }));
    }

    [Test]
    public void ShouldSortAccentedLikeUnaccentedWhenComparingSortKeys()
    {
        Assert.That(NameKeys.Sort("Ábalos"), Is.EqualTo(NameKeys.Sort("ABALOS")));
        Assert.That(string.CompareOrdinal(NameKeys.Sort("Ábalos"), NameKeys.Sort("Baeza")), Is.LessThan(0));
    }

    [Test]
    public void ShouldSplitPunctuationIntoWordsWhenReadingAQuery()
    {
        Assert.That(NameKeys.Words("  de-la O, María "), Is.EqualTo(new[] { "de", "la", "o", "maria" }));
    }
}
