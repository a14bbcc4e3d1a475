namespace Conoceles.Infrastructure.Persistence.Stores;

using Conoceles.Application.Geography;
using Dapper;

internal sealed class GeographyReadStore(IDbConnectionFactory connections) : IGeographyReadStore
{
    private static readonly string Published =
        $"{PublicStatus.Listed} AND (@ProcessId IS NULL OR c.process_id = @ProcessId)";

    public async Task<IReadOnlyList<string>> StatesWithDataAsync(string? processId, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            $"SELECT DISTINCT c.state FROM candidacies c WHERE c.state IS NOT NULL AND {Published}",
            new { ProcessId = processId }, cancellationToken: ct));
        return rows.Select(r => r.Trim()).ToList();
    }

    public async Task<IReadOnlyList<string>> MunicipalitiesWithDataAsync(
        string state, string? processId, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT c.municipality FROM candidacies c " +
            $"WHERE c.state = @State AND c.municipality IS NOT NULL AND {Published}",
            new { State = state, ProcessId = processId }, cancellationToken: ct));
        return rows.Select(r => r.Trim()).ToList();
    }

    public async Task<IReadOnlyList<(string Code, string? Label)>> DistrictsWithDataAsync(
        string state, string kind, string? processId, CancellationToken ct)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        var rows = await connection.QueryAsync<(string, string?)>(new CommandDefinition(
            $"SELECT c.district, MIN(c.area_label) FROM candidacies c WHERE c.district LIKE @Prefix AND {Published} " +
            "GROUP BY c.district",
            new { Prefix = $"{kind}-{state}-%", ProcessId = processId }, cancellationToken: ct));
        return rows.ToList();
    }
}
