namespace Conoceles.Application.Common;

using Conoceles.Application.Processes;
using FluentValidation;

public static class ProcessRules
{
    /// <summary>An optional process parameter must name an existing process by key or id.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeKnownProcess<T>(
        this IRuleBuilder<T, string?> rule, IProcessReadStore processes) =>
        rule.MustAsync(async (p, ct) => p is null || await processes.FindAsync(p, ct) is not null)
            .WithMessage("process must be the key or id of an existing process.");
}
