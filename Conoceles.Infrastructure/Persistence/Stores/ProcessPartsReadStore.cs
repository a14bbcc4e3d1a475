namespace Conoceles.Infrastructure.Persistence.Stores;

using Conoceles.Application.Processes;
using Dapper;

internal sealed class ProcessPartsReadStore(IDbConnectionFactory connections) : IProcessPartsReadStore
{
    public async Task<IReadOnlyList<(string? Office, string? Principle, int Count)>> OfficeCountsAsync(
        string processId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenReadAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string?, string?, int)>(new CommandDefinition(
            $"""
            SELECT c.office, c.principle, COUNT(*) FROM candidacies c
            WHERE c.process_id = @ProcessId AND {PublicStatus.Listed}
            GROUP BY c.office, c.principle
            """, new { ProcessId = processId }, cancellationToken: cancellationToken));
        return rows.ToList();
    }

    public async Task<IReadOnlyList<PoliticalActorDto>> ActorsAsync(
        string processId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenReadAsync(cancellationToken);
        var rows = (await connection.QueryAsync<ActorRow>(new CommandDefinition(
            $"""
            SELECT a.id, a.name, a.abbreviation, a.kind, a.parties, a.ballot_order,
                (SELECT COUNT(*) FROM candidacies c WHERE c.actor_id = a.id AND {PublicStatus.Listed})
                    AS candidacy_count
            FROM political_actors a
            WHERE a.process_id = @ProcessId
            ORDER BY a.ballot_order, a.id
            """, new { ProcessId = processId }, cancellationToken: cancellationToken))).ToList();

        var parties = rows.Where(r => r.Kind == "party" && r.Abbreviation is not null)
            .DistinctBy(r => r.Abbreviation)
            .ToDictionary(r => r.Abbreviation!, r => r.Id, StringComparer.OrdinalIgnoreCase);
        return rows.Select(r => new PoliticalActorDto(r.Id, r.Name, r.Abbreviation, r.Kind,
            r.Parties.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Where(_ => r.Kind != "party")
                .Select(p => parties.GetValueOrDefault(p)).OfType<string>().ToList(),
            r.BallotOrder, r.CandidacyCount)).ToList();
    }

    private sealed class ActorRow
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string? Abbreviation { get; set; }
        public string Kind { get; set; } = "";
        public string Parties { get; set; } = "";
        public int BallotOrder { get; set; }
        public int CandidacyCount { get; set; }
    }
}
