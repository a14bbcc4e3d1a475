namespace Conoceles.Infrastructure.Import.Mapping;

using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;

internal static class TicketChecks
{
    /// <summary>
    /// A ticket holds one owner. Where the source registered more, every row is kept (they
    /// are different people) and the ticket is reported once.
    /// </summary>
    public static void ReportSeveralOwners(ImportSession session, IEnumerable<ImportedCandidacy> candidacies)
    {
        var tickets = candidacies
            .Where(c => c.TicketKey is not null && c.Draft.Role == TicketRole.Owner)
            .GroupBy(c => c.TicketKey!)
            .Where(g => g.Count() > 1);
        foreach (var ticket in tickets)
        {
            var first = ticket.First();
            var number = first.Draft.TicketNumber ?? ticket.Key;
            session.Warn(first.SourceRow, $"ticket {number} has {ticket.Count()} owners: registration error");
        }
    }
}
