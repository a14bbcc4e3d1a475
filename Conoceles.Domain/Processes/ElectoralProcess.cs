namespace Conoceles.Domain.Processes;

public sealed record ElectoralProcess(
    string Id,
    string Key,
    string Name,
    string? State,
    DateOnly? ElectionDay,
    string TimeZone,
    string? Publisher,
    bool IsDemo)
{
    public static string IdFor(string key) => Ids.Derive("p", key);
}
