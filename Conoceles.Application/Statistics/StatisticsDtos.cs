namespace Conoceles.Application.Statistics;

/// <summary>Public figures of one selection of candidacies (DOMAIN.md sections 8 and 11).</summary>
public sealed record StatisticsDto(
    string? Process,
    int Threshold,
    StatusCountsDto Status,
    BreakdownDto Sex,
    BreakdownDto Age,
    BreakdownDto Education,
    IdentityGroupDto Income,
    IReadOnlyList<IdentityGroupDto> Identity);

/// <summary>Registered, captured and published counts are public figures and never suppressed.</summary>
public sealed record StatusCountsDto(
    StatusRowDto Total, IReadOnlyList<StatusRowDto> ByActor, IReadOnlyList<StatusRowDto> ByOffice);

public sealed record StatusRowDto(string? Code, string Label, int Registered, int Captured, int Published);

/// <summary>
/// One breakdown: the shown counts, the suppressed total and the no-answer count add up to the
/// denominator.
/// </summary>
public sealed record BreakdownDto(
    int Denominator,
    string DenominatorKind,
    int NoAnswer,
    IReadOnlyList<CellDto> Cells,
    int? SuppressedTotal);

/// <summary>A count of null with suppressed true stands for "menos de 5" (or its complement).</summary>
public sealed record CellDto(string Code, string Label, int? Count, bool Suppressed);

/// <summary>One identity question, over all published candidacies and over those that answered.</summary>
public sealed record IdentityGroupDto(
    int Question, string Code, string Label, BreakdownDto Candidacies, BreakdownDto Respondents);

public static class DenominatorKinds
{
    public const string Candidacies = "candidacies";
    public const string Respondents = "respondents";
}
