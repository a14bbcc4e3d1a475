namespace Conoceles.Infrastructure.Persistence.Stores;

using Conoceles.Application.Candidacies;

/// <summary>The columns of a candidacy in a list, as read by Dapper.</summary>
internal class CandidacyRow
{
    public const string Columns = """
        c.id, p.process_key, c.name, c.office, c.principle, c.state, c.district, c.municipality,
        c.constituency, c.area_label, a.id AS actor_id, a.name AS actor_name,
        a.abbreviation AS actor_abbreviation, a.kind AS actor_kind, c.role, c.sex, c.age,
        c.photo_url, c.completeness, c.status
        """;

    public const string From = """
        candidacies c
        JOIN processes p ON p.id = c.process_id
        JOIN political_actors a ON a.id = c.actor_id
        """;

    public string Id { get; set; } = "";
    public string ProcessKey { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Office { get; set; }
    public string? Principle { get; set; }
    public string? State { get; set; }
    public string? District { get; set; }
    public string? Municipality { get; set; }
    public int? Constituency { get; set; }
    public string? AreaLabel { get; set; }
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    public string? ActorAbbreviation { get; set; }
    public string ActorKind { get; set; } = "";
    public string Role { get; set; } = "";
    public string Sex { get; set; } = "";
    public int? Age { get; set; }
    public string? PhotoUrl { get; set; }
    public double Completeness { get; set; }
    public string Status { get; set; } = "";

    public AreaDto Area => new(State?.Trim(), District, Municipality?.Trim(), Constituency, AreaLabel);

    public ActorRefDto Actor => new(ActorId, ActorName, ActorAbbreviation, ActorKind);

    public CandidacyListItemDto ToListItem() => new(
        Id, ProcessKey, Name, Office, Principle, Area, Actor, Role, Sex, Age, PhotoUrl, Completeness, Status);
}
