namespace Conoceles.Application.Contests.Queries.ListContests;

using Conoceles.Application.Common;
using Conoceles.Application.Processes;
using FluentValidation;
using Mediator;

/// <summary>Who is on my ballot: the contests of a place and the statewide ones.</summary>
public sealed record ListContestsQuery(string? Process, string? State, string? Municipality, string? District)
    : IQuery<ItemList<ContestDto>>;

public sealed class ListContestsQueryValidator : AbstractValidator<ListContestsQuery>
{
    public ListContestsQueryValidator(IProcessReadStore processes)
    {
        RuleFor(q => q.State)
            .NotNull().When(q => q.Municipality is null && q.District is null)
            .WithMessage("give state, municipality or district.");
        RuleFor(q => q.State).Matches("^[0-9]{2}$").When(q => q.State is not null)
            .WithMessage("state must be an INEGI two-digit code such as \"05\".");
        RuleFor(q => q.Municipality).Matches("^[0-9]{5}$").When(q => q.Municipality is not null)
            .WithMessage("municipality must be an INEGI five-digit code such as \"05030\".");
        RuleFor(q => q.District).Matches("^(local|federal)-[0-9]{2}-[0-9]{2}$").When(q => q.District is not null)
            .WithMessage("district must look like federal-05-03 or local-31-05.");
        RuleFor(q => q.Process).MustBeKnownProcess(processes);
    }
}

public sealed class ListContestsQueryHandler(IContestReadStore store, IProcessReadStore processes)
    : IQueryHandler<ListContestsQuery, ItemList<ContestDto>>
{
    public async ValueTask<ItemList<ContestDto>> Handle(ListContestsQuery query, CancellationToken ct)
    {
        var process = query.Process is null ? null : await processes.FindAsync(query.Process, ct);
        var state = query.State ?? query.Municipality?[..2] ?? query.District?.Split('-')[1];
        var filter = new ContestFilter(process?.Id, state, query.Municipality, query.District);
        return new ItemList<ContestDto>(await store.ListAsync(filter, ct));
    }
}
