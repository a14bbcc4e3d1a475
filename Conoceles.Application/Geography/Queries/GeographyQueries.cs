namespace Conoceles.Application.Geography.Queries;

using Conoceles.Application.Common;
using Conoceles.Application.Processes;
using Mediator;

public sealed record ListStatesQuery(string? Process) : IQuery<ItemList<StateDto>>;

public sealed record ListMunicipalitiesQuery(string State, string? Process) : IQuery<ItemList<MunicipalityDto>?>;

public sealed record ListDistrictsQuery(string State, string? Kind, string? Process) : IQuery<ItemList<DistrictDto>?>;

/// <summary>
/// Places come from the INEGI catalogue; with a process, only those its published data covers.
/// Local districts come from the data itself, since no catalogue of them is available.
/// </summary>
public sealed class GeographyQueryHandlers(
    IGeographyCatalog catalog, IGeographyReadStore store, ProcessResolver processes) :
    IQueryHandler<ListStatesQuery, ItemList<StateDto>>,
    IQueryHandler<ListMunicipalitiesQuery, ItemList<MunicipalityDto>?>,
    IQueryHandler<ListDistrictsQuery, ItemList<DistrictDto>?>
{
    public async ValueTask<ItemList<StateDto>> Handle(ListStatesQuery query, CancellationToken ct)
    {
        var covered = (await store.StatesWithDataAsync(await ProcessIdAsync(query.Process, ct), ct)).ToHashSet();
        var states = catalog.States
            .Where(s => query.Process is null || covered.Contains(s.Code))
            .Select(s => new StateDto(s.Code, s.Name, s.Abbreviation))
            .ToList();
        return new ItemList<StateDto>(states);
    }

    public async ValueTask<ItemList<MunicipalityDto>?> Handle(ListMunicipalitiesQuery query, CancellationToken ct)
    {
        if (catalog.FindState(query.State) is not { } state)
            return null;

        var processId = await ProcessIdAsync(query.Process, ct);
        var covered = (await store.MunicipalitiesWithDataAsync(state.Code, processId, ct)).ToHashSet();
        var municipalities = catalog.MunicipalitiesOf(state.Code)
            .Where(m => query.Process is null || covered.Contains(m.Code))
            .Select(m => new MunicipalityDto(m.Code, m.StateCode, m.Name))
            .ToList();
        return new ItemList<MunicipalityDto>(municipalities);
    }

    public async ValueTask<ItemList<DistrictDto>?> Handle(ListDistrictsQuery query, CancellationToken ct)
    {
        if (catalog.FindState(query.State) is not { } state)
            return null;

        var kind = query.Kind ?? "local";
        var rows = await store.DistrictsWithDataAsync(state.Code, kind, await ProcessIdAsync(query.Process, ct), ct);
        var districts = rows.Select(r => District(r.Code, r.Label, kind, state.Code)).OrderBy(d => d.Number).ToList();
        if (kind == "federal" && query.Process is null)
            districts = FederalFromCatalog(state.Code, districts);

        return new ItemList<DistrictDto>(districts);
    }

    private List<DistrictDto> FederalFromCatalog(string state, List<DistrictDto> fromData)
    {
        var all = Enumerable.Range(1, 60)
            .Select(n => catalog.FindFederalDistrict(state, n))
            .Where(d => d is not null)
            .Select(d => new DistrictDto($"federal-{state}-{d!.Number:00}", "federal", state, d.Number, d.Seat,
                $"Distrito federal {d.Number}, {d.Seat}"))
            .ToList();
        return all.Count > 0 ? all : fromData;
    }

    private static DistrictDto District(string code, string? label, string kind, string state)
    {
        var number = int.Parse(code[^2..]);
        var seat = label is not null && label.Contains(',') ? label[(label.IndexOf(',') + 1)..].Trim() : null;
        return new DistrictDto(code, kind, state, number, seat, label ?? $"Distrito {number}");
    }

    private async Task<string?> ProcessIdAsync(string? process, CancellationToken ct) =>
        (await processes.ResolveAsync(process, ct))?.Id;
}
