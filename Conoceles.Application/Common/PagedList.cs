namespace Conoceles.Application.Common;

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

public sealed record ItemList<T>(IReadOnlyList<T> Items);
