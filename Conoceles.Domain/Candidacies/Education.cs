namespace Conoceles.Domain.Candidacies;

/// <summary>Highest studies: the mapped codes plus the text exactly as published.</summary>
public sealed record Education(
    EducationLevel? Level,
    EducationStatus? Status,
    string? LevelAsPublished,
    string? StatusAsPublished,
    IReadOnlyList<string> OtherStudies)
{
    public static readonly Education Empty = new(null, null, null, null, []);

    public bool HasAny => Level is not null || LevelAsPublished is not null || OtherStudies.Count > 0;
}
