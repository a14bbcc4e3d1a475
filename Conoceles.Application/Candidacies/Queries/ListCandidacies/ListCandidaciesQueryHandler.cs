namespace Conoceles.Application.Candidacies.Queries.ListCandidacies;

using Conoceles.Application.Common;
using Conoceles.Application.Processes;
using Conoceles.Domain.Text;
using Mediator;

public sealed class ListCandidaciesQueryHandler(ICandidacyReadStore store, ProcessResolver processes)
    : IQueryHandler<ListCandidaciesQuery, PagedList<CandidacyListItemDto>>
{
    public async ValueTask<PagedList<CandidacyListItemDto>> Handle(
        ListCandidaciesQuery query, CancellationToken cancellationToken)
    {
        var process = await processes.ResolveAsync(query.Process, cancellationToken);
        var sort = query.Sort ?? "name";

        var filter = new CandidacyFilter
        {
            ProcessId = process?.Id, Office = query.Office, Principle = query.Principle, ActorId = query.Actor,
            State = query.State, District = query.District, Municipality = query.Municipality, Role = query.Role,
            Sex = query.Sex, AgeMin = Int(query.AgeMin), AgeMax = Int(query.AgeMax), Education = query.Education,
            AffirmativeAction = query.AffirmativeAction is null ? null : query.AffirmativeAction == "true",
            Status = query.Status ?? "published", NameWords = NameKeys.Words(query.Q ?? string.Empty),
            Sort = Enum.Parse<CandidacySort>(sort.TrimStart('-'), ignoreCase: true), Descending = sort[0] == '-',
            Page = Int(query.Page) ?? 1, PageSize = Int(query.PageSize) ?? ListCandidaciesQuery.DefaultPageSize,
        };

        return await store.SearchAsync(filter, cancellationToken);
    }

    private static int? Int(string? text) => text is null ? null : int.Parse(text);
}
