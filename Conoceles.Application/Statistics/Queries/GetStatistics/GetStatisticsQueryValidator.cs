namespace Conoceles.Application.Statistics.Queries.GetStatistics;

using Conoceles.Application.Processes;
using Conoceles.Application.Common;
using Conoceles.Application.Geography;
using FluentValidation;

/// <summary>The same rules and messages as the candidacy search, for the parameters both share.</summary>
public sealed class GetStatisticsQueryValidator : AbstractValidator<GetStatisticsQuery>
{
    public GetStatisticsQueryValidator(ProcessResolver processes, IGeographyCatalog places)
    {
        RuleFor(q => q.Office).MustBeOfficeCode();
        RuleFor(q => q.State).MustBeStateCode(places);
        RuleFor(q => q.Actor).MustBeActorId(processes, q => q.Process);
        RuleFor(q => q.Process).MustBeKnownProcess(processes);
    }
}
