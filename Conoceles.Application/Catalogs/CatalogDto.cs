namespace Conoceles.Application.Catalogs;

public sealed record CatalogEntryDto(string Code, string Label);

public sealed record CatalogDto(string Name, IReadOnlyList<CatalogEntryDto> Entries);
