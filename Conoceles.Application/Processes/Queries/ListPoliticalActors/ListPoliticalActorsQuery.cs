namespace Conoceles.Application.Processes.Queries.ListPoliticalActors;

using Conoceles.Application.Common;
using Mediator;

/// <summary>Parties, coalitions with their parties, and independents of a process, in ballot order.</summary>
public sealed record ListPoliticalActorsQuery(string Process) : IQuery<ItemList<PoliticalActorDto>?>;

public sealed class ListPoliticalActorsQueryHandler(ProcessResolver processes, IProcessPartsReadStore parts)
    : IQueryHandler<ListPoliticalActorsQuery, ItemList<PoliticalActorDto>?>
{
    public async ValueTask<ItemList<PoliticalActorDto>?> Handle(
        ListPoliticalActorsQuery query, CancellationToken cancellationToken) =>
        await processes.ResolveAsync(query.Process, cancellationToken) is { } process
            ? new ItemList<PoliticalActorDto>(await parts.ActorsAsync(process.Id, cancellationToken))
            : null;
}
