namespace Conoceles.Application.Processes.Queries.ListOffices;

using Conoceles.Application.Common;
using Conoceles.Domain.Candidacies;
using Mediator;

/// <summary>The offices a process elects, with the principles they are contested under.</summary>
public sealed record ListOfficesQuery(string Process) : IQuery<ItemList<OfficeDto>?>;

public sealed class ListOfficesQueryHandler(ProcessResolver processes, IProcessPartsReadStore parts)
    : IQueryHandler<ListOfficesQuery, ItemList<OfficeDto>?>
{
    private static readonly Dictionary<string, int> CatalogOrder =
        Offices.Labels.Keys.Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i);

    public async ValueTask<ItemList<OfficeDto>?> Handle(ListOfficesQuery query, CancellationToken cancellationToken)
    {
        if (await processes.ResolveAsync(query.Process, cancellationToken) is not { } process)
            return null;

        var counts = await parts.OfficeCountsAsync(process.Id, cancellationToken);
        var offices = counts
            .Where(c => c.Office is not null)
            .GroupBy(c => c.Office!)
            .Select(g => new OfficeDto(g.Key, Offices.Labels.GetValueOrDefault(g.Key, g.Key),
                g.Where(c => c.Principle is not null).Select(c => c.Principle!).Order().ToList(),
                g.Sum(c => c.Count)))
            .OrderBy(o => CatalogOrder.GetValueOrDefault(o.Code, int.MaxValue))
            .ToList();
        return new ItemList<OfficeDto>(offices);
    }
}
