namespace Conoceles.Application.Geography.Queries;

using Conoceles.Application.Common;
using Conoceles.Application.Processes;
using FluentValidation;

public sealed class ListDistrictsQueryValidator : AbstractValidator<ListDistrictsQuery>
{
    public ListDistrictsQueryValidator(ProcessResolver processes)
    {
        RuleFor(q => q.Kind).Must(k => k is null or "local" or "federal")
            .WithMessage("kind must be local or federal.");
        RuleFor(q => q.Process).MustBeKnownProcess(processes);
    }
}

public sealed class ListMunicipalitiesQueryValidator : AbstractValidator<ListMunicipalitiesQuery>
{
    public ListMunicipalitiesQueryValidator(ProcessResolver processes) =>
        RuleFor(q => q.Process).MustBeKnownProcess(processes);
}

public sealed class ListStatesQueryValidator : AbstractValidator<ListStatesQuery>
{
    public ListStatesQueryValidator(ProcessResolver processes) =>
        RuleFor(q => q.Process).MustBeKnownProcess(processes);
}
