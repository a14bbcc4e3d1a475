namespace Conoceles.Application.Statistics;

/// <summary>One cell before suppression: how many, and how many of them are not public.</summary>
public sealed record CellCount(string Code, string Label, int Count, int NotPublic);

/// <summary>
/// Small-cell suppression of DOMAIN.md section 7. Because the sum of the suppressed cells is
/// published, a single suppressed cell could be read off that sum; so whenever one cell is
/// suppressed a second one is suppressed with it.
/// </summary>
// TODO(#6): suppression holds within one response only; two selections (one actor, then all)
// could still be subtracted from each other to recover a suppressed cell.
public static class CellSuppression
{
    public static (IReadOnlyList<CellDto> Cells, int? SuppressedTotal) Apply(
        IReadOnlyList<CellCount> cells, int threshold)
    {
        var hidden = cells
            .Select((c, i) => (c, i))
            .Where(x => x.c.Count > 0 && x.c.Count < threshold && x.c.NotPublic > 0)
            .Select(x => x.i)
            .ToHashSet();
        if (hidden.Count == 0)
            return (cells.Select(c => new CellDto(c.Code, c.Label, c.Count, false)).ToList(), null);

        if (hidden.Count == 1 && Complement(cells, hidden) is { } extra)
            hidden.Add(extra);

        var shown = cells
            .Select((c, i) => hidden.Contains(i)
                ? new CellDto(c.Code, c.Label, null, true)
                : new CellDto(c.Code, c.Label, c.Count, false))
            .ToList();
        return (shown, hidden.Sum(i => cells[i].Count));
    }

    /// <summary>
    /// The smallest cell that holds someone hides the least information; an empty cell only
    /// when no other is left, since a zero next to the total would still blur the primary one.
    /// </summary>
    private static int? Complement(IReadOnlyList<CellCount> cells, HashSet<int> hidden)
    {
        var candidates = cells
            .Select((c, i) => (c, i))
            .Where(x => !hidden.Contains(x.i))
            .OrderBy(x => x.c.Count > 0 ? 0 : 1)
            .ThenBy(x => x.c.Count)
            .ThenBy(x => x.i)
            .Select(x => (int?)x.i);
        return candidates.FirstOrDefault();
    }
}
