namespace Conoceles.Application.Statistics.Queries.GetStatistics;

using Conoceles.Application.Processes;
using Mediator;

public sealed class GetStatisticsQueryHandler(
    IStatisticsReadStore store, ProcessResolver processes, StatisticsOptions options)
    : IQueryHandler<GetStatisticsQuery, StatisticsDto>
{
    public async ValueTask<StatisticsDto> Handle(GetStatisticsQuery query, CancellationToken cancellationToken)
    {
        var process = await processes.ResolveAsync(query.Process, cancellationToken);
        var filter = new StatisticsFilter(process?.Id, query.Office, query.Actor, query.State);

        var counts = await store.CountAsync(filter, cancellationToken);

        var threshold = options.SuppressionThreshold;
        var published = counts.Profiles.Sum(p => p.Count);
        return new StatisticsDto(
            process?.Key, threshold, StatusBreakdowns.Of(counts.Status),
            ProfileBreakdowns.Sex(counts.Profiles), ProfileBreakdowns.Age(counts.Profiles),
            ProfileBreakdowns.Education(counts.Profiles),
            IdentityBreakdowns.Income(counts.Identity, published, counts.Respondents, threshold),
            IdentityBreakdowns.All(counts.Identity, published, counts.Respondents, threshold));
    }
}
