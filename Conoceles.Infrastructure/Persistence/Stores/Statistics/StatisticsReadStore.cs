namespace Conoceles.Infrastructure.Persistence.Stores.Statistics;

using Conoceles.Application.Statistics;
using Dapper;

internal sealed class StatisticsReadStore(IDbConnectionFactory connections) : IStatisticsReadStore
{
    public async Task<StatisticsCounts> CountAsync(StatisticsFilter filter, CancellationToken cancellationToken)
    {
        var (where, parameters) = PublicWhere.Build(filter.ProcessId, filter.Office, filter.ActorId, filter.State);
        var questions = string.Join(", ", IdentityBreakdowns.Questions);
        var sql = $"""
            SELECT c.actor_id AS ActorId, a.name AS ActorName, a.ballot_order AS ActorOrder, c.office AS Office,
                SUM(CASE WHEN {PublicWhere.Registered} THEN 1 ELSE 0 END) AS Registered,
                SUM(CASE WHEN {PublicWhere.Captured} THEN 1 ELSE 0 END) AS Captured,
                SUM(CASE WHEN {PublicWhere.Published} THEN 1 ELSE 0 END) AS Published
            FROM candidacies c JOIN political_actors a ON a.id = c.actor_id
            WHERE {where}
            GROUP BY c.actor_id, a.name, a.ballot_order, c.office;
            SELECT c.sex AS Sex, c.age AS Age, c.education_level AS Education, COUNT(*) AS Count
            FROM candidacies c
            WHERE {where} AND {PublicWhere.Published}
            GROUP BY c.sex, c.age, c.education_level;
            SELECT ia.question AS Question, ia.answer AS Answer, COUNT(*) AS Count,
                SUM(CASE WHEN ia.is_public = 1 THEN 0 ELSE 1 END) AS NotPublic
            FROM identity_answers ia JOIN candidacies c ON c.id = ia.candidacy_id
            WHERE {where} AND {PublicWhere.Published} AND ia.for_statistics = 1 AND ia.question IN ({questions})
            GROUP BY ia.question, ia.answer;
            SELECT COUNT(*) FROM candidacies c
            WHERE {where} AND {PublicWhere.Published} AND EXISTS (
                SELECT 1 FROM identity_answers ia WHERE ia.candidacy_id = c.id AND ia.for_statistics = 1);
            """;

        await using var connection = await connections.OpenReadAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        var status = (await results.ReadAsync<StatusCountRow>()).Select(r => r.ToCount()).ToList();
        var profiles = (await results.ReadAsync<ProfileCountRow>()).Select(r => r.ToCount()).ToList();
        var identity = (await results.ReadAsync<IdentityCountRow>()).Select(r => r.ToCount()).ToList();
        var respondents = await results.ReadSingleAsync<int>();
        return new StatisticsCounts(status, profiles, identity, respondents);
    }
}
