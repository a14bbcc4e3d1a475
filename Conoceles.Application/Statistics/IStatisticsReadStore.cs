namespace Conoceles.Application.Statistics;

public interface IStatisticsReadStore
{
    Task<StatisticsCounts> CountAsync(StatisticsFilter filter, CancellationToken cancellationToken);
}
