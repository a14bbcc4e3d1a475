namespace Conoceles.Application.Processes.Queries.ListProcesses;

using Conoceles.Application.Common;
using Mediator;

public sealed record ListProcessesQuery : IQuery<ItemList<ProcessDto>>;

public sealed class ListProcessesQueryHandler(IProcessReadStore store)
    : IQueryHandler<ListProcessesQuery, ItemList<ProcessDto>>
{
    public async ValueTask<ItemList<ProcessDto>> Handle(
        ListProcessesQuery query, CancellationToken cancellationToken) =>
        new(await store.ListAsync(cancellationToken));
}
