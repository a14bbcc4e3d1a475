namespace Conoceles.Application.Imports;

using Conoceles.Domain.Candidacies;

/// <summary>
/// Links owner and substitute of one ticket. A ticket with two owners is a registration error
/// of the source: every row is kept, none gets a partner, and the ticket is reported.
/// </summary>
internal static class TicketPairing
{
    public static IEnumerable<PlannedCandidacy> Pair(
        ImportBatch batch, IReadOnlyList<PlannedCandidacy> planned, List<ImportWarning> warnings)
    {
        var partners = new Dictionary<string, string>();
        var tickets = batch.Candidacies
            .Select((row, index) => (row, index))
            .Where(x => x.row.TicketKey is not null)
            .GroupBy(x => (x.row.ProcessKey, x.row.TicketKey));
        foreach (var ticket in tickets)
        {
            var owners = ticket.Where(x => x.row.Draft.Role == TicketRole.Owner).ToList();
            var substitutes = ticket.Where(x => x.row.Draft.Role == TicketRole.Substitute).ToList();
            if (owners.Count > 1)
            {
                var first = owners[0].row;
                warnings.Add(new(batch.File, first.SourceRow,
                    $"{ImportReport.RegistrationError}: ticket {ticket.Key.TicketKey} of {ticket.Key.ProcessKey} " +
                    $"has {owners.Count} owners (rows {string.Join(", ", owners.Select(o => o.row.SourceRow))})"));
                continue;
            }

            if (owners.Count != 1 || substitutes.Count != 1)
                continue;

            var owner = planned[owners[0].index].Candidacy.Id;
            var substitute = planned[substitutes[0].index].Candidacy.Id;
            partners[owner] = substitute;
            partners[substitute] = owner;
        }

        return planned.Select(p => partners.TryGetValue(p.Candidacy.Id, out var partner)
            ? p with { Candidacy = p.Candidacy with { TicketPartnerId = partner } }
            : p);
    }
}
