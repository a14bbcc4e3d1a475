namespace Conoceles.Application.Geography;

public sealed record StateDto(string Code, string Name, string Abbreviation);

public sealed record MunicipalityDto(string Code, string State, string Name);

public sealed record DistrictDto(string Code, string Kind, string State, int Number, string? Seat, string Label);

/// <summary>Which places the published data covers, and the local districts it names.</summary>
public interface IGeographyReadStore
{
    Task<IReadOnlyList<string>> StatesWithDataAsync(string? processId, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> MunicipalitiesWithDataAsync(
        string state, string? processId, CancellationToken cancellationToken);

    Task<IReadOnlyList<(string Code, string? Label)>> DistrictsWithDataAsync(
        string state, string kind, string? processId, CancellationToken cancellationToken);
}
