namespace Conoceles.Infrastructure.Persistence.Stores;

using Conoceles.Application.Candidacies;
using Dapper;

/// <summary>The WHERE clause of a public candidacy search; the same text on every engine.</summary>
internal static class CandidacyWhere
{
    public static (string Sql, DynamicParameters Parameters) Build(CandidacyFilter filter)
    {
        var clauses = new List<string> { "c.status = 'published'" };
        var parameters = new DynamicParameters();
        Add(clauses, parameters, "c.process_id = @ProcessId", "ProcessId", filter.ProcessId);
        Add(clauses, parameters, "c.office = @Office", "Office", filter.Office);
        Add(clauses, parameters, "c.actor_id = @Actor", "Actor", filter.ActorId);
        Add(clauses, parameters, "c.state = @State", "State", filter.State);
        for (var i = 0; i < filter.NameWords.Count; i++)
        {
            // Words hold only folded letters and digits, so they need no LIKE escaping.
            clauses.Add($"c.search_key LIKE @Word{i}");
            parameters.Add($"Word{i}", $"% {filter.NameWords[i]}%");
        }

        return (string.Join(" AND ", clauses), parameters);
    }

    private static void Add(
        List<string> clauses, DynamicParameters parameters, string clause, string name, string? value)
    {
        if (value is null)
            return;

        clauses.Add(clause);
        parameters.Add(name, value);
    }
}
