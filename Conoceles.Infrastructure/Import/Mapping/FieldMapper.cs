namespace Conoceles.Infrastructure.Import.Mapping;

using System.Globalization;
using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Import.Text;
using Conoceles.Infrastructure.Import.Vocabulary;

internal sealed record OfficeValue(string? Code, Principle? Principle, string? AsPublished);

/// <summary>
/// Maps coded cells through the alias tables. A value without alias is kept as published,
/// mapped to null or Unmapped, and reported; a value not provided is null without a warning.
/// </summary>
internal sealed class FieldMapper(ImportSession session)
{
    // Cells that answer "other studies" with "none": an empty list says that without
    // counting a course that is not one.
    private static readonly HashSet<string> NoOtherStudies = ["sincursos", "ninguno", "ninguna"];

    private ImportVocabulary Vocabulary => session.Services.Vocabulary;

    public OfficeValue Office(int row, string? published, string? principle = null)
    {
        if (published is null)
        {
            session.Warn(row, "no office given");
            return new OfficeValue(null, null, null);
        }

        var meaning = Vocabulary.Office(published);
        if (meaning is null)
            session.Warn(row, $"office '{published}' has no alias; kept as published");

        var stated = principle is null ? null : Vocabulary.Principle(principle);
        if (principle is not null && stated is null)
            session.Warn(row, $"principle '{principle}' has no alias");

        return new OfficeValue(meaning?.Office, stated ?? meaning?.Principle, published);
    }

    public Education Education(int row, string? level, string? status, IReadOnlyList<string> other)
    {
        var meaning = level is null ? null : Vocabulary.Level(level);
        if (level is not null && meaning is null)
            session.Warn(row, $"education level '{level}' has no alias; kept as published");

        EducationStatus? mapped = meaning?.Status;
        if (status is not null)
        {
            mapped = Vocabulary.Status(status);
            if (mapped is null)
                session.Warn(row, $"education status '{status}' has no alias; kept as published");
        }

        EducationLevel? code = level is null ? null : meaning?.Level ?? EducationLevel.Unmapped;
        var statusCode = status is not null && mapped is null ? EducationStatus.Unmapped : mapped;
        return new Education(code, statusCode, level, status, other);
    }

    public IReadOnlyList<string> OtherStudies(params string?[] cells) =>
        cells.OfType<string>().Where(c => !NoOtherStudies.Contains(Fold.Key(c))).ToList();

    public Sex Sex(int row, string? published)
    {
        if (published is null)
            return Domain.Candidacies.Sex.Unknown;

        if (Vocabulary.Sex(published) is { } sex)
            return sex;

        session.Warn(row, $"sex '{published}' has no alias; stored as unknown");
        return Domain.Candidacies.Sex.Unknown;
    }

    public TicketRole Role(int row, string? published)
    {
        if (published is not null && Vocabulary.Role(published) is { } role)
            return role;

        session.Warn(row, published is null
            ? "no ticket role given"
            : $"ticket role '{published}' has no alias");
        return TicketRole.Unknown;
    }

    public int? Age(int row, string? published)
    {
        if (published is null)
            return null;

        if (int.TryParse(published, NumberStyles.Integer, CultureInfo.InvariantCulture, out var age))
            return age;

        session.Warn(row, $"age '{published}' is not a whole number");
        return null;
    }

    public bool? YesNo(int row, string column, string? published)
    {
        if (published is null)
            return null;

        var answer = Vocabulary.Answer(published);
        if (answer is "Sí" or "No")
            return answer == "Sí";

        session.Warn(row, $"{column} '{published}' is neither yes nor no");
        return null;
    }
}
