namespace Conoceles.Application.Statistics.Queries.GetStatistics;

using Mediator;

/// <summary>Values arrive as text so that a bad one is a validation error, not a 500.</summary>
public sealed record GetStatisticsQuery(string? Process, string? Office, string? Actor, string? State)
    : IQuery<StatisticsDto>;
