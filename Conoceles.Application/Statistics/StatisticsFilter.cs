namespace Conoceles.Application.Statistics;

/// <summary>A validated selection of candidacies; ProcessId is already resolved.</summary>
public sealed record StatisticsFilter(string? ProcessId, string? Office, string? ActorId, string? State);
