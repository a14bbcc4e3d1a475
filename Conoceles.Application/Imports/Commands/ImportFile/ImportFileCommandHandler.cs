namespace Conoceles.Application.Imports.Commands.ImportFile;

using Conoceles.Application.Processes;
using Conoceles.Domain.Processes;
using FluentValidation;
using Mediator;

public sealed class ImportFileCommandHandler(IProcessReadStore processes, ImportRunner runner)
    : ICommandHandler<ImportFileCommand, ImportReport>
{
    public async ValueTask<ImportReport> Handle(ImportFileCommand command, CancellationToken cancellationToken)
    {
        var existing = await processes.FindAsync(command.ProcessKey, cancellationToken);
        if (existing is null && command.ProcessName is null)
            throw new ValidationException(
                $"process {command.ProcessKey} does not exist: " +
                "give --process-name (and --state, --time-zone) to create it.");

        var process = existing is null
            ? new ElectoralProcess(ElectoralProcess.IdFor(command.ProcessKey), command.ProcessKey,
                command.ProcessName!, command.State, null, command.TimeZone ?? "America/Mexico_City",
                command.Publisher, IsDemo: false)
            : new ElectoralProcess(existing.Id, existing.Key, existing.Name, existing.State,
                existing.ElectionDay is null ? null : DateOnly.Parse(existing.ElectionDay),
                existing.TimeZone, existing.Publisher, existing.IsDemo);
        var spec = new ProcessSpec(
            process.Key, process.Name, process.State, process.ElectionDay, process.TimeZone, null);
        var dataset = new DatasetSpec(Path.GetFileName(command.File), command.Layout,
            command.Publisher ?? process.Publisher ?? "", null, command.Office, [spec]);

        return await runner.RunAsync([process], [(Path.GetFullPath(command.File), dataset)], cancellationToken);
    }
}
