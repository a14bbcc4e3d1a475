namespace Conoceles.Application.Common;

using Conoceles.Application.Processes;
using Conoceles.Domain.Candidacies;
using FluentValidation;

/// <summary>The rules, and messages, of the parameters that several public queries share.</summary>
public static class ProcessRules
{
    /// <summary>An optional process parameter must name an existing process by key or id.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeKnownProcess<T>(
        this IRuleBuilder<T, string?> rule, ProcessResolver processes) =>
        rule.MustAsync(async (p, ct) => p is null || await processes.ResolveAsync(p, ct) is not null)
            .WithMessage("process must be the key or id of an existing process.");

    public static IRuleBuilderOptions<T, string?> MustBeOfficeCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(o => o is null || Offices.Labels.ContainsKey(o))
            .WithMessage("office must be a code of the office catalogue.");

    public static IRuleBuilderOptions<T, string?> MustBeActorId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(40).WithMessage("actor must be an actor id.");

    public static IRuleBuilderOptions<T, string?> MustBeStateCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || IsCode(s, "^[0-9]{2}$"))
            .WithMessage("state must be an INEGI two-digit code such as \"05\".");

    public static IRuleBuilderOptions<T, string?> MustBeMunicipalityCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(m => m is null || IsCode(m, "^[0-9]{5}$"))
            .WithMessage("municipality must be an INEGI five-digit code such as \"05030\".");

    public static IRuleBuilderOptions<T, string?> MustBeDistrictCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(d => d is null || IsCode(d, "^(local|federal)-[0-9]{2}-[0-9]{2}$"))
            .WithMessage("district must look like federal-05-03 or local-31-05.");

    private static bool IsCode(string value, string pattern) =>
        System.Text.RegularExpressions.Regex.IsMatch(value, pattern);
}
