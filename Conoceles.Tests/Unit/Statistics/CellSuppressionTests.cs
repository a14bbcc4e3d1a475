namespace Conoceles.Tests.Unit.Statistics;

using Conoceles.Application.Statistics;

public sealed class CellSuppressionTests
{
    private const int Threshold = 5;

    [Test]
    public void ShouldShowEveryCellWhenNoSmallCellHoldsPrivateAnswers()
    {
        CellCount[] cells = [new("yes", "Sí", 3, 0), new("no", "No", 40, 7), new("pnc", "P", 0, 0)];

        var (shown, total) = CellSuppression.Apply(cells, Threshold);

        Assert.That(shown.Select(c => c.Count), Is.EqualTo(new int?[] { 3, 40, 0 }));
        Assert.That(shown.Any(c => c.Suppressed), Is.False);
        Assert.That(total, Is.Null);
    }

    [Test]
    public void ShouldSuppressSmallestOtherCellTooWhenOnlyOneCellIsSmallAndPrivate()
    {
        CellCount[] cells =
            [new("yes", "Sí", 2, 1), new("no", "No", 40, 0), new("pnc", "P", 6, 0), new("x", "X", 0, 0)];

        var (shown, total) = CellSuppression.Apply(cells, Threshold);

        Assert.That(shown.Where(c => c.Suppressed).Select(c => c.Code), Is.EquivalentTo(new[] { "yes", "pnc" }));
        Assert.That(shown.Where(c => c.Suppressed).All(c => c.Count is null), Is.True);
        Assert.That(total, Is.EqualTo(8));
        Assert.That(shown.Sum(c => c.Count ?? 0) + total, Is.EqualTo(cells.Sum(c => c.Count)));
    }

    [Test]
    public void ShouldFallBackToEmptyCellWhenNoOtherCellHoldsAnyone()
    {
        CellCount[] cells = [new("yes", "Sí", 3, 3), new("no", "No", 0, 0)];

        var (shown, total) = CellSuppression.Apply(cells, Threshold);

        Assert.That(shown.All(c => c.Suppressed), Is.True);
        Assert.That(total, Is.EqualTo(3));
    }

    [Test]
    public void ShouldNotAddComplementWhenTwoCellsAreAlreadySuppressed()
    {
        CellCount[] cells = [new("a", "A", 1, 1), new("b", "B", 4, 2), new("c", "C", 9, 9)];

        var (shown, total) = CellSuppression.Apply(cells, Threshold);

        Assert.That(shown.Select(c => c.Suppressed), Is.EqualTo(new[] { true, true, false }));
        Assert.That(total, Is.EqualTo(5));
        Assert.That(shown[2].Count, Is.EqualTo(9));
    }

    [TestCase(5, false)]
    [TestCase(6, true)]
    public void ShouldSuppressOnlyBelowThresholdWhenThresholdChanges(int threshold, bool suppressed)
    {
        CellCount[] cells = [new("a", "A", 5, 1), new("b", "B", 30, 0), new("c", "C", 20, 0)];

        var (shown, _) = CellSuppression.Apply(cells, threshold);

        Assert.That(shown[0].Suppressed, Is.EqualTo(suppressed));
    }
}
