namespace Conoceles.Infrastructure.Persistence.Stores;

using Conoceles.Application.Candidacies;
using Conoceles.Domain.Candidacies;
using Dapper;

/// <summary>The WHERE and ORDER BY of a public candidacy search; the same text on every engine.</summary>
internal static class CandidacyWhere
{
    public static (string Sql, DynamicParameters Parameters) Build(CandidacyFilter filter)
    {
        var parameters = new DynamicParameters();
        var clauses = new List<string>();
        if (filter.Status == Codes.Of(CandidacyStatus.Published))
            clauses.Add(PublicStatus.Listed);
        else
            Add(clauses, parameters, "c.status = @Status", "Status", filter.Status);

        Add(clauses, parameters, "c.process_id = @ProcessId", "ProcessId", filter.ProcessId);
        Add(clauses, parameters, "c.office = @Office", "Office", filter.Office);
        Add(clauses, parameters, "c.principle = @Principle", "Principle", filter.Principle);
        Add(clauses, parameters, "c.actor_id = @Actor", "Actor", filter.ActorId);
        Add(clauses, parameters, "c.state = @State", "State", filter.State);
        Add(clauses, parameters, "c.district = @District", "District", filter.District);
        Add(clauses, parameters, "c.municipality = @Municipality", "Municipality", filter.Municipality);
        Add(clauses, parameters, "c.role = @Role", "Role", filter.Role);
        Add(clauses, parameters, "c.sex = @Sex", "Sex", filter.Sex);
        Add(clauses, parameters, "c.age >= @AgeMin", "AgeMin", filter.AgeMin);
        Add(clauses, parameters, "c.age <= @AgeMax", "AgeMax", filter.AgeMax);
        Add(clauses, parameters, "c.education_level = @Education", "Education", filter.Education);
        Add(clauses, parameters, "c.affirmative_action = @AffirmativeAction", "AffirmativeAction",
            filter.AffirmativeAction);
        for (var i = 0; i < filter.NameWords.Count; i++)
        {
            var (from, to) = CandidacyWords.PrefixRange(filter.NameWords[i]);
            clauses.Add("c.id IN (SELECT w.candidacy_id FROM candidacy_words w " +
                $"WHERE w.word >= @WordFrom{i} AND w.word < @WordTo{i})");
            parameters.Add($"WordFrom{i}", from);
            parameters.Add($"WordTo{i}", to);
        }

        return (string.Join(" AND ", clauses), parameters);
    }

    /// <summary>Every order ends with the name key and the id, so paging never repeats or skips a row.</summary>
    public static string OrderBy(CandidacyFilter filter)
    {
        var direction = filter.Descending ? " DESC" : "";
        var first = filter.Sort switch
        {
            CandidacySort.Office => $"c.office{direction}, ",
            CandidacySort.Actor => $"a.sort_key{direction}, ",
            // An unknown age comes last whichever way the ages run.
            CandidacySort.Age => $"CASE WHEN c.age IS NULL THEN 1 ELSE 0 END, c.age{direction}, ",
            _ => "",
        };
        var nameDirection = filter.Sort == CandidacySort.Name ? direction : "";
        return $"{first}c.sort_key{nameDirection}, c.id{nameDirection}";
    }

    /// <summary>Adds the clause and its parameter when the filter has a value.</summary>
    public static void Add<T>(
        List<string> clauses, DynamicParameters parameters, string clause, string name, T? value)
    {
        if (value is null)
            return;

        clauses.Add(clause);
        parameters.Add(name, value);
    }
}
