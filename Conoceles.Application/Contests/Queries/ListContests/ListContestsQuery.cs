namespace Conoceles.Application.Contests.Queries.ListContests;

using Conoceles.Application.Common;
using Conoceles.Application.Geography;
using Conoceles.Application.Processes;
using FluentValidation;
using Mediator;

/// <summary>Who is on my ballot: the contests of a place and the statewide ones.</summary>
public sealed record ListContestsQuery(string? Process, string? State, string? Municipality, string? District)
    : IQuery<ItemList<ContestDto>>;

public sealed class ListContestsQueryValidator : AbstractValidator<ListContestsQuery>
{
    public ListContestsQueryValidator(ProcessResolver processes, IGeographyCatalog places)
    {
        RuleFor(q => q.State)
            .NotNull().When(q => q.Municipality is null && q.District is null)
            .WithMessage("give state, municipality or district.");
        RuleFor(q => q.State).MustBeStateCode(places);
        RuleFor(q => q.Municipality).MustBeMunicipalityCode(places);
        RuleFor(q => q.District).MustBeDistrictCode(places);
        RuleFor(q => q.Process).MustBeKnownProcess(processes);
    }
}

public sealed class ListContestsQueryHandler(IContestReadStore store, ProcessResolver processes)
    : IQueryHandler<ListContestsQuery, ItemList<ContestDto>>
{
    public async ValueTask<ItemList<ContestDto>> Handle(ListContestsQuery query, CancellationToken ct)
    {
        var process = await processes.ResolveAsync(query.Process, ct);
        var state = query.State ?? query.Municipality?[..2] ?? query.District?.Split('-')[1];
        var filter = new ContestFilter(process?.Id, state, query.Municipality, query.District);
        return new ItemList<ContestDto>(await store.ListAsync(filter, ct));
    }
}
