namespace Conoceles.Infrastructure.Import.Layouts;

using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Import.Mapping;
using Conoceles.Infrastructure.Import.Tabular;
using Conoceles.Infrastructure.Import.Text;

/// <summary>
/// The identity sheet of INE's export, which lists the candidacies in another order: its rows
/// are paired to the candidacies within one ticket by role and name. The pairing is no identity.
/// </summary>
internal sealed class IneIdentityIndex
{
    private readonly Dictionary<string, List<Entry>> tickets = [];
    private readonly ImportSession session;

    private IneIdentityIndex(ImportSession session, bool present)
    {
        this.session = session;
        Present = present;
    }

    public bool Present { get; }

    public static IneIdentityIndex Build(ImportSession session, TabularSheet? sheet)
    {
        var index = new IneIdentityIndex(session, sheet is not null);
        foreach (var row in sheet?.Views() ?? [])
        {
            var ticket = row.Text("NUM_LISTA_O_FORMULA") ?? string.Empty;
            if (!index.tickets.TryGetValue(ticket, out var entries))
                index.tickets[ticket] = entries = [];

            entries.Add(new Entry(
                row.Number, row.Text("TIPO_CANDIDATO"), index.Role(row.Text("TIPO_CANDIDATO")),
                Fold.Key(row.Text("NOMBRE_CANDIDATO") ?? string.Empty),
                IdentityColumns.Read(row, session.Services.Vocabulary)));
        }

        return index;
    }

    /// <summary>The answers of the candidacy; null where the sheet holds no row for it.</summary>
    public IReadOnlyList<IdentityAnswer>? Take(int row, string? ticket, string? role, string name)
    {
        if (!tickets.TryGetValue(ticket ?? string.Empty, out var entries))
            return null;

        var key = Fold.Key(name);
        var mapped = Role(role);
        var entry = entries.FirstOrDefault(e => !e.Claimed && e.Name == key && e.Role == mapped);

        // Where a ticket registers two owners, the identity sheet may give one of them the
        // role it should have had: the name alone still pairs them within the ticket.
        entry ??= entries.FirstOrDefault(e => !e.Claimed && e.Name == key);
        if (entry is null)
            return null;

        if (entry.Role != mapped)
            session.Warn(row, $"ticket {ticket}: the identity sheet gives this person the role {entry.Published}");

        entry.Claimed = true;
        return entry.Answers;
    }

    public void ReportUnpaired()
    {
        foreach (var (ticket, entries) in tickets)
        {
            foreach (var entry in entries.Where(e => !e.Claimed))
                session.Warn(entry.Row, $"identity row of ticket {ticket} matches no candidacy");
        }
    }

    // PROPIETARIA and PROPIETARIO are one role.
    private string? Role(string? published)
    {
        if (published is null)
            return null;

        return session.Services.Vocabulary.Role(published) is { } role ? Codes.Of(role) : Fold.Key(published);
    }

    private sealed record Entry(
        int Row, string? Published, string? Role, string Name, IReadOnlyList<IdentityAnswer> Answers)
    {
        public bool Claimed { get; set; }
    }
}
