namespace Conoceles.Tests.Unit.Statistics;

using Conoceles.Application.Statistics;

public sealed class IdentityBreakdownsTests
{
    private static readonly IdentityCount[] Counts =
    [
        new(1, "Sí", 2, 1), new(1, "No", 30, 0), new(1, "Prefiero no contestar", 7, 0),
        new(9, "Sí", 12, 0), new(9, "No", 20, 3),
        new(18, "MENOS DE $11,000", 3, 1), new(18, "Menos de $11,000", 4, 0), new(18, "DE $25,001 A $50,000", 9, 0),
        new(18, "Algo inesperado", 1, 1),
    ];

    [Test]
    public void ShouldAddUpToEachDenominatorWhenCellsAreSuppressed()
    {
        var groups = IdentityBreakdowns.All(Counts, published: 60, respondents: 45, threshold: 5)
            .Append(IdentityBreakdowns.Income(Counts, 60, 45, 5));

        foreach (var group in groups)
        {
            foreach (var b in new[] { group.Candidacies, group.Respondents })
            {
                var sum = b.Cells.Sum(c => c.Count ?? 0) + (b.SuppressedTotal ?? 0) + b.NoAnswer;
                Assert.That(sum, Is.EqualTo(b.Denominator), $"{group.Code} {b.DenominatorKind}");
            }
        }
    }

    [Test]
    public void ShouldGatherSpellingsOfOneBracketWhenIncomeIsCounted()
    {
        var income = IdentityBreakdowns.Income(Counts, 60, 45, 5);

        // The two spellings make one cell of 7, the smallest left to complement the private "other".
        Assert.That(income.Candidacies.Cells.Single(c => c.Code == "under-11000").Suppressed, Is.True);
        Assert.That(income.Candidacies.Cells.Single(c => c.Code == AnswerCodes.Other).Suppressed, Is.True);
        Assert.That(income.Candidacies.SuppressedTotal, Is.EqualTo(8));
        Assert.That(income.Candidacies.Cells.Single(c => c.Code == "25001-50000").Count, Is.EqualTo(9));
        Assert.That(income.Respondents.NoAnswer, Is.EqualTo(45 - 17));
    }

    [Test]
    public void ShouldSuppressPrivateSmallCellAndComplementWhenGroupIsIndigenous()
    {
        var indigenous = IdentityBreakdowns.All(Counts, 60, 45, 5).Single(g => g.Question == 1);

        var hidden = indigenous.Candidacies.Cells.Where(c => c.Suppressed).Select(c => c.Code);
        Assert.That(hidden, Is.EquivalentTo(new[] { "yes", "prefer-not-to-say" }));
        Assert.That(indigenous.Candidacies.SuppressedTotal, Is.EqualTo(9));
    }
}
