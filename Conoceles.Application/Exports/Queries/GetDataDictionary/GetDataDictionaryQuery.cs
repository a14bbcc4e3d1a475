namespace Conoceles.Application.Exports.Queries.GetDataDictionary;

using Conoceles.Application.Common;
using Mediator;

public sealed record GetDataDictionaryQuery : IQuery<ItemList<DictionaryFileDto>>;

public sealed class GetDataDictionaryQueryHandler
    : IQueryHandler<GetDataDictionaryQuery, ItemList<DictionaryFileDto>>
{
    public ValueTask<ItemList<DictionaryFileDto>> Handle(
        GetDataDictionaryQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ItemList<DictionaryFileDto>(ExportLayout.All
            .SelectMany(l => l.Sheets.Select(s => new DictionaryFileDto(l.Code, $"{s.File}.csv", s.SheetName,
                l.ListSeparator, s.Columns.Select(c => new DictionaryColumnDto(
                    c.Name, c.Type.ToString().ToLowerInvariant(), c.Description)).ToList())))
            .ToList()));
}
