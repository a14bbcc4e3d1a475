namespace Conoceles.Application.Statistics;

using Conoceles.Domain.Candidacies;

/// <summary>Capture progress per political actor and per office (DOMAIN.md section 11).</summary>
public static class StatusBreakdowns
{
    public static StatusCountsDto Of(IReadOnlyList<StatusCount> rows)
    {
        var byActor = rows.GroupBy(r => (r.ActorId, r.ActorName, r.ActorOrder))
            .OrderBy(g => g.Key.ActorOrder).ThenBy(g => g.Key.ActorName, StringComparer.Ordinal)
            .Select(g => Row(g.Key.ActorId, g.Key.ActorName, g))
            .ToList();
        var byOffice = rows.GroupBy(r => r.Office)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, g.Key is { } o && Offices.Labels.TryGetValue(o, out var l) ? l : "Sin dato", g))
            .ToList();
        return new StatusCountsDto(Row(null, "Total", rows), byActor, byOffice);
    }

    private static StatusRowDto Row(string? code, string label, IEnumerable<StatusCount> rows)
    {
        var list = rows.ToList();
        return new StatusRowDto(code, label, list.Sum(r => r.Registered), list.Sum(r => r.Captured),
            list.Sum(r => r.Published));
    }
}
