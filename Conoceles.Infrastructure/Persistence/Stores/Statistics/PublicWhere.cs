namespace Conoceles.Infrastructure.Persistence.Stores.Statistics;

using Conoceles.Domain.Candidacies;
using Dapper;

/// <summary>
/// The WHERE shared by statistics and exports, on alias c of candidacies. The status codes
/// travel as parameters so the text stays the same on every engine.
/// </summary>
internal static class PublicWhere
{
    public static readonly string Published = PublicStatus.Listed;

    public const string Registered = "c.status NOT IN (@Cancelled, @Substituted)";

    public const string Captured = "c.status NOT IN (@Cancelled, @Substituted, @NotCaptured)";

    public static (string Sql, DynamicParameters Parameters) Build(
        string? processId, string? office = null, string? actorId = null, string? state = null)
    {
        var clauses = new List<string> { "1 = 1" };
        var parameters = new DynamicParameters();
        foreach (var status in new[]
        {
            CandidacyStatus.Cancelled, CandidacyStatus.Substituted, CandidacyStatus.NotCaptured,
        })
            parameters.Add(status.ToString(), Codes.Of(status));

        CandidacyWhere.Add(clauses, parameters, "c.process_id = @ProcessId", "ProcessId", processId);
        CandidacyWhere.Add(clauses, parameters, "c.office = @Office", "Office", office);
        CandidacyWhere.Add(clauses, parameters, "c.actor_id = @Actor", "Actor", actorId);
        CandidacyWhere.Add(clauses, parameters, "c.state = @State", "State", state);
        return (string.Join(" AND ", clauses), parameters);
    }
}
