namespace Conoceles.Application.Statistics;

/// <summary>The seven identity groups and the income bracket, with small cells suppressed.</summary>
public static class IdentityBreakdowns
{
    public const int IncomeQuestion = 18;

    public static readonly IReadOnlyList<(int Question, string Code, string Label)> Groups =
    [
        (1, "indigenous", "Persona indígena"), (4, "disability", "Persona con discapacidad"),
        (8, "afro-mexican", "Persona afromexicana o afrodescendiente"),
        (9, "lgbtttiq", "Población LGBTTTIQ+"), (11, "migrant", "Persona migrante"),
        (16, "young", "Población joven (18 a 29 años)"),
        (17, "older", "Persona mayor (60 años o más)"),
    ];

    public static IReadOnlyList<int> Questions { get; } = [.. Groups.Select(g => g.Question), IncomeQuestion];

    public static IdentityGroupDto Income(
        IReadOnlyList<IdentityCount> rows, int published, int respondents, int threshold) =>
        Group(IncomeQuestion, "income", "Grupo de ingreso mensual", AnswerCodes.Income, rows,
            published, respondents, threshold);

    public static IReadOnlyList<IdentityGroupDto> All(
        IReadOnlyList<IdentityCount> rows, int published, int respondents, int threshold) =>
        Groups.Select(g => Group(g.Question, g.Code, g.Label, AnswerCodes.YesNo, rows, published,
            respondents, threshold)).ToList();

    private static IdentityGroupDto Group(
        int question, string code, string label, IReadOnlyList<(string Code, string Label)> cells,
        IReadOnlyList<IdentityCount> rows, int published, int respondents, int threshold)
    {
        var counted = rows.Where(r => r.Question == question)
            .GroupBy(r => AnswerCodes.CodeOf(r.Answer, cells))
            .ToDictionary(g => g.Key, g => (Count: g.Sum(r => r.Count), NotPublic: g.Sum(r => r.NotPublic)));
        var raw = cells.Select(c => Cell(c.Code, c.Label, counted)).ToList();
        if (counted.ContainsKey(AnswerCodes.Other))
            raw.Add(Cell(AnswerCodes.Other, "Otra respuesta", counted));

        var (shown, suppressedTotal) = CellSuppression.Apply(raw, threshold);
        var answered = raw.Sum(c => c.Count);
        return new IdentityGroupDto(question, code, label,
            new BreakdownDto(published, DenominatorKinds.Candidacies, published - answered, shown, suppressedTotal),
            new BreakdownDto(respondents, DenominatorKinds.Respondents, respondents - answered, shown,
                suppressedTotal));
    }

    private static CellCount Cell(
        string code, string label, Dictionary<string, (int Count, int NotPublic)> counted) =>
        counted.TryGetValue(code, out var c) ? new(code, label, c.Count, c.NotPublic) : new(code, label, 0, 0);
}
