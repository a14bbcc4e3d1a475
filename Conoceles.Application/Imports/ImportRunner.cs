namespace Conoceles.Application.Imports;

using Conoceles.Domain.Processes;

/// <summary>Reads the files, plans ids and pairs, and writes it all at once.</summary>
public sealed class ImportRunner(IDatasetReader reader, IImportWriter writer, TimeProvider clock)
{
    public async Task<ImportReport> RunAsync(
        IReadOnlyList<ElectoralProcess> processes,
        IReadOnlyList<(string Path, DatasetSpec Dataset)> files,
        CancellationToken cancellationToken)
    {
        var batches = files.Select(f => reader.Read(f.Path, f.Dataset)).ToList();
        var (plan, pairingWarnings) = ImportPlanner.Plan(processes, batches);
        var counts = await writer.WriteAsync(plan, clock.GetUtcNow(), cancellationToken);
        var warnings = batches.SelectMany(b => b.Warnings).Concat(pairingWarnings).ToList();

        return new ImportReport(batches.Sum(b => b.RowsRead), plan.Candidacies.Count, counts, warnings);
    }
}
