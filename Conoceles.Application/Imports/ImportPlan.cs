namespace Conoceles.Application.Imports;

using Conoceles.Domain.Candidacies;
using Conoceles.Domain.Processes;

/// <summary>Everything one import writes, with ids already derived; written in one transaction.</summary>
public sealed record ImportPlan(
    IReadOnlyList<ElectoralProcess> Processes,
    IReadOnlyList<PoliticalActor> Actors,
    IReadOnlyList<PlannedCandidacy> Candidacies);

public sealed record PlannedCandidacy(Candidacy Candidacy, CandidacySource Source);

public sealed record CandidacySource(string File, string Publisher, string SourceKey, int Row);

public sealed record ImportCounts(int Created, int Updated, int Unchanged);

public interface IImportWriter
{
    Task<ImportCounts> WriteAsync(ImportPlan plan, DateTimeOffset now, CancellationToken cancellationToken);
}
