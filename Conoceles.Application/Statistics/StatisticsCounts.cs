namespace Conoceles.Application.Statistics;

/// <summary>What the store counts; the handler turns it into breakdowns and suppresses cells.</summary>
public sealed record StatisticsCounts(
    IReadOnlyList<StatusCount> Status,
    IReadOnlyList<ProfileCount> Profiles,
    IReadOnlyList<IdentityCount> Identity,
    int Respondents);

/// <summary>Candidacies of one actor and office, by lifecycle group.</summary>
public sealed record StatusCount(
    string ActorId, string ActorName, int ActorOrder, string? Office, int Registered, int Captured,
    int Published);

/// <summary>Published candidacies sharing one sex, age and education level.</summary>
public sealed record ProfileCount(string Sex, int? Age, string? Education, int Count);

/// <summary>Answers counted for statistics with one text, and how many of them are not public.</summary>
public sealed record IdentityCount(int Question, string Answer, int Count, int NotPublic);
