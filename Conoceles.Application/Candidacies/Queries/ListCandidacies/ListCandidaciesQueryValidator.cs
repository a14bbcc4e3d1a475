namespace Conoceles.Application.Candidacies.Queries.ListCandidacies;

using Conoceles.Application.Catalogs;
using Conoceles.Application.Common;
using Conoceles.Application.Geography;
using Conoceles.Application.Processes;
using Conoceles.Domain.Candidacies;
using FluentValidation;
using Q = ListCandidaciesQuery;

public sealed class ListCandidaciesQueryValidator : AbstractValidator<Q>
{
    public ListCandidaciesQueryValidator(ProcessResolver processes, IGeographyCatalog places)
    {
        RuleFor(q => q.Page).Must(p => IsInt(p, 1, int.MaxValue)).WithMessage("page must be a whole number from 1.");
        RuleFor(q => q.PageSize).Must(p => IsInt(p, 1, Q.MaxPageSize))
            .WithMessage($"pageSize must be between 1 and {Q.MaxPageSize}.");
        RuleFor(q => q.AgeMin).Must(a => IsInt(a, Q.MinAge, Q.MaxAge))
            .WithMessage($"ageMin must be a whole number from {Q.MinAge} to {Q.MaxAge}.");
        RuleFor(q => q.AgeMax).Must(a => IsInt(a, Q.MinAge, Q.MaxAge))
            .WithMessage($"ageMax must be a whole number from {Q.MinAge} to {Q.MaxAge}.");
        RuleFor(q => q.AgeMax).Must((q, max) => int.Parse(max!) >= int.Parse(q.AgeMin!))
            .When(q => IsInt(q.AgeMin, Q.MinAge, Q.MaxAge) && IsInt(q.AgeMax, Q.MinAge, Q.MaxAge)
                && q.AgeMin is not null && q.AgeMax is not null)
            .WithMessage("ageMax must not be below ageMin.");
        RuleFor(q => q.Q).MaximumLength(Q.MaxQueryLength)
            .WithMessage($"q must be at most {Q.MaxQueryLength} characters.");
        RuleFor(q => q.Office).MustBeOfficeCode();
        CodeRule(q => q.Principle, "principle", "principle");
        CodeRule(q => q.Role, "role", "role");
        CodeRule(q => q.Sex, "sex", "sex");
        CodeRule(q => q.Education, "education", "education");
        RuleFor(q => q.AffirmativeAction).Must(a => a is null or "true" or "false")
            .WithMessage("affirmativeAction must be true or false.");
        RuleFor(q => q.Status).Must(s => s is null || Q.PublicStatuses.Contains(s))
            .WithMessage($"status must be one of the public statuses: {string.Join(", ", Q.PublicStatuses)}.");
        RuleFor(q => q.Sort).Must(s => s is null || Q.Sorts.Contains(s.StartsWith('-') ? s[1..] : s))
            .WithMessage($"sort must be one of {string.Join(", ", Q.Sorts)}, with a leading - to reverse.");
        RuleFor(q => q.State).MustBeStateCode(places);
        RuleFor(q => q.Municipality).MustBeMunicipalityCode(places);
        RuleFor(q => q.District).MustBeDistrictCode(places);
        RuleFor(q => q.Actor).MustBeActorId(processes, q => q.Process);
        RuleFor(q => q.Process).MustBeKnownProcess(processes);
    }

    private void CodeRule(System.Linq.Expressions.Expression<Func<Q, string?>> value, string catalog, string name)
    {
        var codes = CodeCatalogs.All.Single(c => c.Name == catalog).Entries.Select(e => e.Code).ToHashSet();
        RuleFor(value).Must(v => v is null || codes.Contains(v))
            .WithMessage($"{name} must be one of: {string.Join(", ", codes)}.");
    }

    private static bool IsInt(string? text, int min, int max) =>
        text is null || (int.TryParse(text, out var n) && n >= min && n <= max);
}
