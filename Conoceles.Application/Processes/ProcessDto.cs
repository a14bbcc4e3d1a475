namespace Conoceles.Application.Processes;

public sealed record ProcessDto(
    string Id,
    string Key,
    string Name,
    string? State,
    string? ElectionDay,
    string TimeZone,
    string? Publisher,
    bool IsDemo,
    int CandidacyCount);
