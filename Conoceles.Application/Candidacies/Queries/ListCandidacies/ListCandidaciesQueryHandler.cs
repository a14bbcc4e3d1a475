namespace Conoceles.Application.Candidacies.Queries.ListCandidacies;

using Conoceles.Application.Common;
using Conoceles.Application.Processes;
using Conoceles.Domain.Text;
using Mediator;

public sealed class ListCandidaciesQueryHandler(ICandidacyReadStore store, IProcessReadStore processes)
    : IQueryHandler<ListCandidaciesQuery, PagedList<CandidacyListItemDto>>
{
    public async ValueTask<PagedList<CandidacyListItemDto>> Handle(
        ListCandidaciesQuery query, CancellationToken cancellationToken)
    {
        var process = query.Process is null ? null : await processes.FindAsync(query.Process, cancellationToken);

        var filter = new CandidacyFilter(
            process?.Id,
            query.Office,
            query.Actor,
            query.State,
            NameKeys.Words(query.Q ?? string.Empty),
            query.Page is null ? 1 : int.Parse(query.Page),
            query.PageSize is null ? ListCandidaciesQuery.DefaultPageSize : int.Parse(query.PageSize));

        return await store.SearchAsync(filter, cancellationToken);
    }
}
