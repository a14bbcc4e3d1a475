namespace Conoceles.Bench.Seeder;

using Conoceles.Domain;
using Conoceles.Domain.Candidacies;
using Conoceles.Domain.Processes;

/// <summary>Invented parties and coalitions; every one fields a ticket in every contest.</summary>
public static class BenchActors
{
    private static readonly (string Name, string Abbreviation)[] Parties =
    [
        ("Partido Aurora Ciudadana", "PAC"), ("Movimiento Ceiba", "MC-B"), ("Partido Nopal Verde", "PNV"),
        ("Fuerza Maguey", "FM"), ("Partido Río Bravo", "PRB"), ("Unión Ámbar", "UA"),
        ("Partido del Peñasco", "PP-Ñ"), ("Alianza Jaguar Solidario", "AJS"),
    ];

    private static readonly (string Name, string Abbreviation, int[] Parties)[] Coalitions =
    [
        ("Coalición Amanecer Común", "CAC", [0, 1, 2]), ("Coalición Sierra y Mar", "CSM", [3, 4]),
    ];

    public static IReadOnlyList<PoliticalActor> Of(string processId, string processKey)
    {
        var actors = Parties.Select((p, i) => new PoliticalActor(Ids.Derive("a", $"{processKey}|{p.Name}"),
            processId, p.Name, p.Abbreviation, ActorKind.Party, [], i + 1)).ToList();
        actors.AddRange(Coalitions.Select((c, i) => new PoliticalActor(Ids.Derive("a", $"{processKey}|{c.Name}"),
            processId, c.Name, c.Abbreviation, ActorKind.Coalition,
            c.Parties.Select(p => Parties[p].Abbreviation).ToList(), Parties.Length + i + 1)));
        return actors;
    }
}
