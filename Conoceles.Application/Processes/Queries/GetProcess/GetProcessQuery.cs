namespace Conoceles.Application.Processes.Queries.GetProcess;

using Mediator;

public sealed record GetProcessQuery(string Process) : IQuery<ProcessDto?>;

public sealed class GetProcessQueryHandler(IProcessReadStore store)
    : IQueryHandler<GetProcessQuery, ProcessDto?>
{
    public async ValueTask<ProcessDto?> Handle(
        GetProcessQuery query, CancellationToken cancellationToken) =>
        await store.FindAsync(query.Process, cancellationToken);
}
