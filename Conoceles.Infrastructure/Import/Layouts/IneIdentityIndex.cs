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
    private readonly Dictionary<string, Queue<IReadOnlyList<IdentityAnswer>>> answers = [];
    private readonly Dictionary<string, int> firstRows = [];
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
            var key = index.Key(row.Text("NUM_LISTA_O_FORMULA"), row.Text("TIPO_CANDIDATO"), row.Text("NOMBRE_CANDIDATO"));
            if (!index.answers.TryGetValue(key, out var queue))
            {
                index.answers[key] = queue = new Queue<IReadOnlyList<IdentityAnswer>>();
                index.firstRows[key] = row.Number;
            }

            queue.Enqueue(IdentityColumns.Read(row, session.Services.Vocabulary));
        }

        return index;
    }

    /// <summary>The answers of the candidacy; null where the sheet holds no row for it.</summary>
    public IReadOnlyList<IdentityAnswer>? Take(string? ticket, string? role, string? name) =>
        answers.TryGetValue(Key(ticket, role, name), out var queue) && queue.Count > 0 ? queue.Dequeue() : null;

    public void ReportUnpaired()
    {
        foreach (var (key, queue) in answers.Where(a => a.Value.Count > 0))
            session.Warn(firstRows[key], $"{queue.Count} identity row(s) match no candidacy ({key})");
    }

    // PROPIETARIA and PROPIETARIO are one role; the name tells apart two owners of one ticket.
    private string Key(string? ticket, string? role, string? name)
    {
        var mapped = role is null ? null : session.Services.Vocabulary.Role(role);
        return $"{ticket}|{(mapped is null ? role : Codes.Of(mapped.Value))}|{Fold.Key(name ?? string.Empty)}";
    }
}
