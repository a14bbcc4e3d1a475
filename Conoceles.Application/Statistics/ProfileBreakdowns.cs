namespace Conoceles.Application.Statistics;

using Conoceles.Application.Catalogs;

/// <summary>
/// Sex, age and education of published candidacies. They hold curricular data only, which is
/// public once published, so no cell of theirs is ever suppressed.
/// </summary>
public static class ProfileBreakdowns
{
    public static readonly IReadOnlyList<(string Code, string Label, int Min, int Max)> AgeRanges =
    [
        ("18-29", "18 a 29 años", 18, 29), ("30-39", "30 a 39 años", 30, 39),
        ("40-49", "40 a 49 años", 40, 49), ("50-59", "50 a 59 años", 50, 59),
        ("60-plus", "60 años o más", 60, int.MaxValue),
    ];

    public static BreakdownDto Sex(IReadOnlyList<ProfileCount> rows) =>
        Of(rows, Catalog("sex").Where(e => e.Code != "unknown"), r => r.Sex);

    public static BreakdownDto Education(IReadOnlyList<ProfileCount> rows) =>
        Of(rows, Catalog("education"), r => r.Education);

    /// <summary>An age under 18 is a registry error, so it counts as unknown rather than as a range.</summary>
    public static BreakdownDto Age(IReadOnlyList<ProfileCount> rows) =>
        Of(rows, AgeRanges.Select(a => (a.Code, a.Label)), r => AgeRanges
            .Where(a => r.Age >= a.Min && r.Age <= a.Max).Select(a => a.Code).FirstOrDefault());

    private static BreakdownDto Of(
        IReadOnlyList<ProfileCount> rows, IEnumerable<(string Code, string Label)> cells,
        Func<ProfileCount, string?> codeOf)
    {
        var counts = rows.GroupBy(codeOf).ToDictionary(g => g.Key ?? "", g => g.Sum(r => r.Count));
        var shown = cells.Select(c => new CellDto(c.Code, c.Label, counts.GetValueOrDefault(c.Code), false))
            .ToList();
        var total = rows.Sum(r => r.Count);
        return new BreakdownDto(total, DenominatorKinds.Candidacies, total - shown.Sum(c => c.Count!.Value),
            shown, null);
    }

    private static IEnumerable<(string Code, string Label)> Catalog(string name) =>
        CodeCatalogs.All.Single(c => c.Name == name).Entries.Select(e => (e.Code, e.Label));
}
