namespace Conoceles.Application.Candidacies.Queries.GetCandidacy;

using Mediator;

public sealed record GetCandidacyQuery(string Id) : IQuery<CandidacyDetailDto?>;

public sealed class GetCandidacyQueryHandler(ICandidacyReadStore store)
    : IQueryHandler<GetCandidacyQuery, CandidacyDetailDto?>
{
    public async ValueTask<CandidacyDetailDto?> Handle(
        GetCandidacyQuery query, CancellationToken cancellationToken) =>
        await store.FindAsync(query.Id, cancellationToken);
}
