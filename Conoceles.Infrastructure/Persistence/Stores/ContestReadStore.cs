namespace Conoceles.Infrastructure.Persistence.Stores;

using Conoceles.Application.Contests;
using Dapper;

/// <summary>
/// A contest is one office and principle in one area of one process. Its candidacies come in
/// ballot order: the process's order of actors, then list position, owner before substitute.
/// </summary>
internal sealed class ContestReadStore(IDbConnectionFactory connections) : IContestReadStore
{
    private const string Statewide = "(c.state = @State AND c.district IS NULL AND c.municipality IS NULL)";

    public async Task<IReadOnlyList<ContestDto>> ListAsync(ContestFilter filter, CancellationToken ct)
    {
        var place = (filter.Municipality, filter.District) switch
        {
            (not null, not null) => $"(c.municipality = @Municipality OR c.district = @District OR {Statewide})",
            (not null, null) => $"(c.municipality = @Municipality OR {Statewide})",
            (null, not null) => $"(c.district = @District OR {Statewide})",
            _ => "c.state = @State",
        };
        var sql = $"""
            SELECT {CandidacyRow.Columns}, c.process_id AS contest_process
            FROM {CandidacyRow.From}
            WHERE {PublicStatus.Listed} AND (@ProcessId IS NULL OR c.process_id = @ProcessId) AND {place}
            ORDER BY p.process_key, c.office, c.principle, c.district, c.municipality, c.constituency,
                a.ballot_order, c.list_position, c.ticket_number, c.role, c.sort_key, c.id
            """;

        await using var connection = await connections.OpenReadAsync(ct);
        var rows = await connection.QueryAsync<CandidacyRow>(new CommandDefinition(sql, filter, cancellationToken: ct));
        return rows
            .GroupBy(r => (r.ProcessKey, r.Office, r.Principle, r.District, r.Municipality, r.Constituency,
                State: r.District is null && r.Municipality is null ? r.State : null))
            .Select(g => new ContestDto(g.Key.ProcessKey, g.Key.Office, g.Key.Principle, g.First().Area, null,
                g.Select(r => r.ToListItem()).ToList()))
            .ToList();
    }
}
