namespace Conoceles.Application.Catalogs.Queries.GetCatalogs;

using Conoceles.Application.Common;
using Mediator;

public sealed record GetCatalogsQuery : IQuery<ItemList<CatalogDto>>;

public sealed class GetCatalogsQueryHandler : IQueryHandler<GetCatalogsQuery, ItemList<CatalogDto>>
{
    public ValueTask<ItemList<CatalogDto>> Handle(GetCatalogsQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ItemList<CatalogDto>(CodeCatalogs.All));
}
