namespace Conoceles.Infrastructure.Persistence.Stores;

using System.Globalization;
using Conoceles.Application.Processes;
using Dapper;

internal sealed class ProcessReadStore(IDbConnectionFactory connections) : IProcessReadStore
{
    private static readonly string Select = $"""
        SELECT p.id, p.process_key, p.name, p.state, p.election_day, p.time_zone, p.publisher, p.is_demo,
            (SELECT COUNT(*) FROM candidacies c WHERE c.process_id = p.id AND {PublicStatus.Listed})
                AS candidacy_count
        FROM processes p
        """;

    public async Task<IReadOnlyList<ProcessDto>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenReadAsync(cancellationToken);
        var rows = await connection.QueryAsync<ProcessRow>(new CommandDefinition(
            $"{Select} ORDER BY p.election_day DESC, p.name, p.id", cancellationToken: cancellationToken));
        return rows.Select(r => r.ToDto()).ToList();
    }

    public async Task<ProcessDto?> FindAsync(string idOrKey, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenReadAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ProcessRow>(new CommandDefinition(
            $"{Select} WHERE p.id = @IdOrKey OR p.process_key = @IdOrKey",
            new { IdOrKey = idOrKey }, cancellationToken: cancellationToken));
        return row?.ToDto();
    }

    public async Task<ProcessRef?> FindRefAsync(string idOrKey, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenReadAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ProcessRef>(new CommandDefinition(
            "SELECT id AS Id, process_key AS [Key] FROM processes WHERE id = @IdOrKey OR process_key = @IdOrKey",
            new { IdOrKey = idOrKey }, cancellationToken: cancellationToken));
    }

    public async Task<bool> ActorExistsAsync(string actorId, string? processId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenReadAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM political_actors " +
            "WHERE id = @ActorId AND (@ProcessId IS NULL OR process_id = @ProcessId)",
            new { ActorId = actorId, ProcessId = processId }, cancellationToken: cancellationToken)) > 0;
    }

    private sealed class ProcessRow
    {
        public string Id { get; set; } = "";
        public string ProcessKey { get; set; } = "";
        public string Name { get; set; } = "";
        public string? State { get; set; }
        public DateOnly? ElectionDay { get; set; }
        public string TimeZone { get; set; } = "";
        public string? Publisher { get; set; }
        public bool IsDemo { get; set; }
        public int CandidacyCount { get; set; }

        public ProcessDto ToDto() => new(
            Id, ProcessKey, Name, State?.Trim(),
            ElectionDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            TimeZone, Publisher, IsDemo, CandidacyCount);
    }
}
