namespace Conoceles.Application.Common;

using Conoceles.Application.Geography;
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

    /// <summary>The id of an existing political actor, of the query's process when it names one.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeActorId<T>(
        this IRuleBuilder<T, string?> rule, ProcessResolver processes, Func<T, string?> process) =>
        rule.MustAsync(async (query, actor, ct) => actor is null
                || (actor.Length <= 40 && await processes.ActorExistsAsync(actor, process(query), ct)))
            .WithMessage("actor must be the id of a political actor of the process, as listed by political-actors.");

    /// <summary>A two-digit code, and one of the INEGI catalogue when the catalogue is loaded.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeStateCode<T>(
        this IRuleBuilder<T, string?> rule, IGeographyCatalog catalog) =>
        rule.Must(s => s is null
                || (IsCode(s, "^[0-9]{2}$") && (!catalog.IsLoaded || catalog.FindState(s) is not null)))
            .WithMessage("state must be the INEGI two-digit code of a state, such as \"05\".");

    public static IRuleBuilderOptions<T, string?> MustBeMunicipalityCode<T>(
        this IRuleBuilder<T, string?> rule, IGeographyCatalog catalog) =>
        rule.Must(m => m is null
                || (IsCode(m, "^[0-9]{5}$") && (!catalog.IsLoaded || catalog.MunicipalityByCode(m) is not null)))
            .WithMessage("municipality must be the INEGI five-digit code of a municipality, such as \"05030\".");

    /// <summary>
    /// federal-SS-NN must be a district of the catalogue; local-SS-NN needs a known state (local
    /// districts have no catalogue here).
    /// </summary>
    public static IRuleBuilderOptions<T, string?> MustBeDistrictCode<T>(
        this IRuleBuilder<T, string?> rule, IGeographyCatalog catalog) =>
        rule.Must(d => d is null || (IsCode(d, "^(local|federal)-[0-9]{2}-[0-9]{2}$") && IsKnownDistrict(d, catalog)))
            .WithMessage("district must be a known district such as federal-05-03 or local-31-05.");

    private static bool IsKnownDistrict(string code, IGeographyCatalog catalog)
    {
        if (!catalog.IsLoaded)
            return true;

        var parts = code.Split('-');
        var number = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
        return catalog.FindState(parts[1]) is not null && number >= 1
            && (parts[0] == "local" || catalog.FindFederalDistrict(parts[1], number) is not null);
    }

    private static bool IsCode(string value, string pattern) =>
        System.Text.RegularExpressions.Regex.IsMatch(value, pattern);
}
