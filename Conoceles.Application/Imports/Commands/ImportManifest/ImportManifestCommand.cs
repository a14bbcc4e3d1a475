namespace Conoceles.Application.Imports.Commands.ImportManifest;

using Conoceles.Domain.Processes;
using Mediator;

/// <summary>Imports every dataset of a manifest, creating its processes, in one transaction.</summary>
public sealed record ImportManifestCommand(string ManifestPath) : ICommand<ImportReport>;

public sealed class ImportManifestCommandHandler(
    IManifestReader manifests, ImportRunner runner) : ICommandHandler<ImportManifestCommand, ImportReport>
{
    public async ValueTask<ImportReport> Handle(ImportManifestCommand command, CancellationToken cancellationToken)
    {
        var manifest = manifests.Read(command.ManifestPath);
        var folder = Path.GetDirectoryName(Path.GetFullPath(command.ManifestPath))!;
        var processes = manifest.Datasets
            .SelectMany(d => d.Processes.Select(p => ProcessOf(p, d.Publisher)))
            .DistinctBy(p => p.Key)
            .ToList();
        var files = manifest.Datasets.Select(d => (Path.Combine(folder, d.File), d)).ToList();

        return await runner.RunAsync(processes, files, cancellationToken);
    }

    internal static ElectoralProcess ProcessOf(ProcessSpec spec, string? publisher) =>
        new(ElectoralProcess.IdFor(spec.Key), spec.Key, spec.Name, spec.State, spec.ElectionDay,
            spec.TimeZone, publisher, IsDemo: false);
}
