namespace Conoceles.Tests.Unit.Application;

using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;
using Conoceles.Domain.Processes;

public sealed class ImportPlannerTests
{
    private static readonly ElectoralProcess Process =
        new("p_test", "test-2027", "Proceso de prueba", "05", null, "America/Monterrey", null, false);

    [Test]
    public void ShouldPairOwnerAndSubstituteWhenTicketHasOneOfEach()
    {
        var batch = Batch(Row(1, "T1", TicketRole.Owner, "ANA"), Row(2, "T1", TicketRole.Substitute, "EVA"));

        var (plan, warnings) = ImportPlanner.Plan([Process], [batch]);

        var (owner, substitute) = (plan.Candidacies[0].Candidacy, plan.Candidacies[1].Candidacy);
        Assert.That(owner.TicketPartnerId, Is.EqualTo(substitute.Id));
        Assert.That(substitute.TicketPartnerId, Is.EqualTo(owner.Id));
        Assert.That(warnings, Is.Empty);
    }

    [Test]
    public void ShouldKeepBothOwnersAndReportTicketWhenTicketHasTwoOwners()
    {
        var batch = Batch(
            Row(1, "T9", TicketRole.Owner, "ANA"), Row(2, "T9", TicketRole.Owner, "BEA"),
            Row(3, "T9", TicketRole.Substitute, "EVA"));

        var (plan, warnings) = ImportPlanner.Plan([Process], [batch]);

        Assert.That(plan.Candidacies.Select(c => c.Candidacy.Id).Distinct().Count(), Is.EqualTo(3));
        Assert.That(plan.Candidacies.Select(c => c.Candidacy.TicketPartnerId), Is.All.Null);
        Assert.That(warnings.Single().Reason, Does.StartWith(ImportReport.RegistrationError).And.Contain("T9"));
    }

    [Test]
    public void ShouldDeriveIdsFromSourceKeyNotFromNameWhenPlanned()
    {
        var first = ImportPlanner.Plan([Process], [Batch(Row(1, "T1", TicketRole.Owner, "ANA"))]).Plan;
        var renamed = ImportPlanner.Plan([Process], [Batch(Row(7, "T1", TicketRole.Owner, "ANA MARÍA"))]).Plan;

        Assert.That(renamed.Candidacies[0].Candidacy.Id, Is.EqualTo(first.Candidacies[0].Candidacy.Id));
    }

    [Test]
    public void ShouldGiveOneActorPerKeyInBallotOrderWhenRowsShareIt()
    {
        var batch = Batch(Row(1, "T1", TicketRole.Owner, "ANA", "b"), Row(2, "T2", TicketRole.Owner, "EVA", "a"),
            Row(3, "T3", TicketRole.Owner, "LIA", "b"));

        var plan = ImportPlanner.Plan([Process], [batch]).Plan;

        Assert.That(plan.Actors.Select(a => (a.Name, a.BallotOrder)), Is.EqualTo(new[] { ("b", 1), ("a", 2) }));
        Assert.That(plan.Candidacies[0].Candidacy.ActorId, Is.EqualTo(plan.Candidacies[2].Candidacy.ActorId));
    }

    private static ImportBatch Batch(params ImportedCandidacy[] rows) =>
        new("test.csv", "Prueba", rows.Length, rows, []);

    private static ImportedCandidacy Row(int row, string ticket, TicketRole role, string name, string actor = "x") =>
        new(row, Process.Key, ticket, ticket, new ImportedActor(actor, actor, null, ActorKind.Party, []),
            new Candidacy
            {
                Id = "", ProcessId = "", ActorId = "", Name = name, Role = role,
                Area = new Area("05", null, null, null, null),
            });
}
