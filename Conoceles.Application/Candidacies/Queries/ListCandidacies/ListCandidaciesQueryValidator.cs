namespace Conoceles.Application.Candidacies.Queries.ListCandidacies;

using Conoceles.Application.Processes;
using Conoceles.Domain.Candidacies;
using FluentValidation;

public sealed class ListCandidaciesQueryValidator : AbstractValidator<ListCandidaciesQuery>
{
    public ListCandidaciesQueryValidator(IProcessReadStore processes)
    {
        RuleFor(q => q.Page)
            .Must(p => p is null || (int.TryParse(p, out var n) && n >= 1))
            .WithMessage("page must be a whole number from 1.");
        RuleFor(q => q.PageSize)
            .Must(p => p is null || (int.TryParse(p, out var n) && n is >= 1 and <= ListCandidaciesQuery.MaxPageSize))
            .WithMessage($"pageSize must be between 1 and {ListCandidaciesQuery.MaxPageSize}.");
        RuleFor(q => q.Q)
            .MaximumLength(ListCandidaciesQuery.MaxQueryLength)
            .WithMessage($"q must be at most {ListCandidaciesQuery.MaxQueryLength} characters.");
        RuleFor(q => q.Office)
            .Must(o => o is null || Offices.Labels.ContainsKey(o))
            .WithMessage("office must be a code of the office catalogue.");
        RuleFor(q => q.State)
            .Matches("^[0-9]{2}$")
            .When(q => q.State is not null)
            .WithMessage("state must be an INEGI two-digit code such as \"05\".");
        RuleFor(q => q.Actor).MaximumLength(40).WithMessage("actor must be an actor id.");
        RuleFor(q => q.Process)
            .MustAsync(async (p, ct) => p is null || await processes.FindAsync(p, ct) is not null)
            .WithMessage("process must be the key or id of an existing process.");
    }
}
