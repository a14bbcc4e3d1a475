namespace Conoceles.Application.Statistics.Queries.GetStatistics;

using Conoceles.Application.Processes;
using Conoceles.Domain.Candidacies;
using FluentValidation;

/// <summary>The same rules and messages as the candidacy search, for the parameters both share.</summary>
public sealed class GetStatisticsQueryValidator : AbstractValidator<GetStatisticsQuery>
{
    public GetStatisticsQueryValidator(IProcessReadStore processes)
    {
        RuleFor(q => q.Office).Must(o => o is null || Offices.Labels.ContainsKey(o))
            .WithMessage("office must be a code of the office catalogue.");
        RuleFor(q => q.State).Matches("^[0-9]{2}$").When(q => q.State is not null)
            .WithMessage("state must be an INEGI two-digit code such as \"05\".");
        RuleFor(q => q.Actor).MaximumLength(40).WithMessage("actor must be an actor id.");
        RuleFor(q => q.Process)
            .MustAsync(async (p, ct) => p is null || await processes.FindAsync(p, ct) is not null)
            .WithMessage("process must be the key or id of an existing process.");
    }
}
