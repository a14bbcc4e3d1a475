namespace Conoceles.Api.Endpoints;

using System.ComponentModel;
using Conoceles.Application.Candidacies.Queries.ListCandidacies;
using Microsoft.AspNetCore.Mvc;

/// <summary>The query string of a candidacy search, with the names and descriptions clients see.</summary>
public sealed record CandidacySearchParameters
{
    [FromQuery(Name = "process"), Description("Process key (cdmx-2024) or id; all processes when absent.")]
    public string? Process { get; init; }

    [FromQuery(Name = "office"), Description("Office code from the office catalogue, e.g. diputacion-local.")]
    public string? Office { get; init; }

    [FromQuery(Name = "principle"), Description("mr (mayoría relativa) or rp (representación proporcional).")]
    public string? Principle { get; init; }

    [FromQuery(Name = "actor"), Description("Political actor id.")]
    public string? Actor { get; init; }

    [FromQuery(Name = "state"), Description("INEGI two-digit state code, e.g. 05.")]
    public string? State { get; init; }

    [FromQuery(Name = "district"), Description("District code: federal-05-03 or local-31-05.")]
    public string? District { get; init; }

    [FromQuery(Name = "municipality"), Description("INEGI five-digit municipality code (CVEGEO), e.g. 05030.")]
    public string? Municipality { get; init; }

    [FromQuery(Name = "role"), Description("owner, substitute or unknown.")]
    public string? Role { get; init; }

    [FromQuery(Name = "sex"), Description("woman, man, non-binary or unknown.")]
    public string? Sex { get; init; }

    [FromQuery(Name = "ageMin"), Description("Youngest age, 18 to 120.")]
    public string? AgeMin { get; init; }

    [FromQuery(Name = "ageMax"), Description("Oldest age, 18 to 120, not below ageMin.")]
    public string? AgeMax { get; init; }

    [FromQuery(Name = "education"), Description("Code of the education catalogue, e.g. licenciatura.")]
    public string? Education { get; init; }

    [FromQuery(Name = "affirmativeAction")]
    [Description("true for candidacies registered under an affirmative action, false for the rest.")]
    public string? AffirmativeAction { get; init; }

    [FromQuery(Name = "status"), Description("published (default) or substituted.")]
    public string? Status { get; init; }

    [FromQuery(Name = "sort")]
    [Description("name (default), office, actor or age; a leading - reverses. Ties go by name and id.")]
    public string? Sort { get; init; }

    [FromQuery(Name = "q"), Description("Name words; accent-, case- and order-insensitive.")]
    public string? Q { get; init; }

    [FromQuery(Name = "page"), Description("Page number, from 1.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize"), Description("Items per page, 1 to 200; 25 by default.")]
    public string? PageSize { get; init; }

    public ListCandidaciesQuery ToQuery() => new()
    {
        Process = Process, Office = Office, Principle = Principle, Actor = Actor, State = State,
        District = District, Municipality = Municipality, Role = Role, Sex = Sex, AgeMin = AgeMin,
        AgeMax = AgeMax, Education = Education, AffirmativeAction = AffirmativeAction,
        Status = Status, Sort = Sort, Q = Q, Page = Page, PageSize = PageSize,
    };
}
