namespace Conoceles.Tests.Unit.Import;

using System.Text;
using Conoceles.Infrastructure.Import.Text;

public sealed class CellTextTests
{
    [TestCase("No proporcionó")]
    [TestCase("NO PROPORCIONO")]
    [TestCase("-")]
    [TestCase("n/a")]
    [TestCase("N/A")]
    [TestCase("NA")]
    [TestCase("n/d")]
    [TestCase("SIN REGISTRO")]
    [TestCase("?")]
    [TestCase("XX")]
    [TestCase("")]
    [TestCase(" ")]
    [TestCase("  ?  ")]
    public void ShouldBeNotProvidedWhenWholeCellIsMarker(string cell) =>
        Assert.That(CellText.Clean(cell), Is.Null);

    [Test]
    public void ShouldKeepQuestionMarkWhenInsideLongerText()
    {
        const string text = "Diplomado en ?Gestión? 2020 ? 2023";

        Assert.That(CellText.Clean(text), Is.EqualTo(text));
    }

    [TestCase("Ninguno")]
    [TestCase("Sin estudios")]
    [TestCase("NADA")]
    public void ShouldKeepValueWhenItOnlyResemblesMarker(string cell) =>
        Assert.That(CellText.Clean(cell), Is.EqualTo(cell));

    [Test]
    public void ShouldComposeToNfcWhenCellIsDecomposed()
    {
        var decomposed = "PARTICIPACIO\u0301N Y GE\u0301NERO";

        var clean = CellText.Clean(decomposed);

        Assert.That(clean, Is.EqualTo("PARTICIPACIÓN Y GÉNERO"));
        Assert.That(clean!.IsNormalized(NormalizationForm.FormC), Is.True);
    }

    [Test]
    public void ShouldKeepLinesAsLineFeedsWhenTextHasCarriageReturns() =>
        Assert.That(CellText.Clean("  uno\r\ndos\rtres\n"), Is.EqualTo("uno\ndos\ntres"));

    [Test]
    public void ShouldKeepLongTextWholeWhenOverCaptureLimits()
    {
        var text = string.Concat(Enumerable.Repeat("propuesta larga ", 500)).Trim();

        Assert.That(CellText.Clean(text), Has.Length.EqualTo(text.Length));
    }

    [TestCase("No aplica", true)]
    [TestCase("NO APLICA", true)]
    [TestCase("Cancún", false)]
    [TestCase(null, false)]
    public void ShouldRecogniseNoAreaWhenCellSaysNoAplica(string? cell, bool expected) =>
        Assert.That(CellText.IsNotApplicable(cell), Is.EqualTo(expected));
}
