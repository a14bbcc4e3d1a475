namespace Conoceles.Application.Exports.Queries.GetExport;

using Conoceles.Application.Common;
using Conoceles.Application.Processes;
using FluentValidation;
using Mediator;

/// <summary>Resolves what an export will hold and its version, before any row is read.</summary>
public sealed record GetExportQuery(string? Process, string? Layout) : IQuery<ExportTicket>;

public sealed record ExportTicket(string? ProcessId, string? ProcessKey, ExportLayout Layout, ExportVersion Version);

public sealed class GetExportQueryHandler(IExportReadStore store, ProcessResolver processes)
    : IQueryHandler<GetExportQuery, ExportTicket>
{
    public async ValueTask<ExportTicket> Handle(GetExportQuery query, CancellationToken cancellationToken)
    {
        var process = await processes.ResolveAsync(query.Process, cancellationToken);
        var version = await store.VersionAsync(process?.Id, cancellationToken);
        return new ExportTicket(process?.Id, process?.Key, ExportLayout.Of(query.Layout), version);
    }
}

public sealed class GetExportQueryValidator : AbstractValidator<GetExportQuery>
{
    public GetExportQueryValidator(ProcessResolver processes)
    {
        var layouts = ExportLayout.All.Select(l => l.Code).ToList();
        RuleFor(q => q.Layout).Must(l => l is null || layouts.Contains(l))
            .WithMessage($"layout must be one of: {string.Join(", ", layouts)}.");
        RuleFor(q => q.Process).MustBeKnownProcess(processes);
    }
}
