namespace Conoceles.Application.Candidacies;

using Conoceles.Application.Common;

public interface ICandidacyReadStore
{
    Task<PagedList<CandidacyListItemDto>> SearchAsync(
        CandidacyFilter filter, CancellationToken cancellationToken);

    Task<CandidacyDetailDto?> FindAsync(string id, CancellationToken cancellationToken);
}
