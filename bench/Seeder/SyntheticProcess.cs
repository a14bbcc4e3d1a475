namespace Conoceles.Bench.Seeder;

using Bogus;
using Conoceles.Application.Imports;
using Conoceles.Domain;
using Conoceles.Domain.Candidacies;
using Conoceles.Domain.Processes;

/// <summary>
/// The invented process of the benchmark: every actor fields an owner and a substitute of the same
/// sex in each contest, in contest order, until the requested number of candidacies.
/// </summary>
public sealed class SyntheticProcess
{
    public const string Key = "bench-2027";

    private const string SourceFile = "bench-synthetic";

    private const string Publisher = "Conóceles (benchmark, datos ficticios)";

    private readonly int _rows;
    private readonly Faker _faker;
    private readonly SyntheticNames _names;
    private readonly SyntheticQuestionnaire _questionnaire;
    private readonly ElectoralProcess _process;
    private readonly IReadOnlyList<PoliticalActor> _actors;

    public SyntheticProcess(int rows, int seed)
    {
        _rows = rows;
        _faker = new Faker("es_MX") { Random = new Randomizer(seed) };
        _names = new SyntheticNames(_faker);
        _questionnaire = new SyntheticQuestionnaire(_faker);
        _process = new ElectoralProcess(ElectoralProcess.IdFor(Key), Key,
            "Proceso de benchmark 2027 (datos ficticios)", null, new DateOnly(2027, 6, 6),
            "America/Mexico_City", Publisher, IsDemo: true);
        _actors = BenchActors.Of(_process.Id, Key);
    }

    public BenchTargets Targets { get; } = new();

    public IEnumerable<ImportPlan> Plans(int chunkSize)
    {
        var chunk = new List<PlannedCandidacy>(chunkSize + 1);
        foreach (var candidacy in Candidacies().Take(_rows))
        {
            chunk.Add(candidacy);
            if (chunk.Count < chunkSize)
                continue;

            yield return new ImportPlan([_process], _actors, chunk);
            chunk = new List<PlannedCandidacy>(chunkSize + 1);
        }

        if (chunk.Count > 0)
            yield return new ImportPlan([_process], _actors, chunk);
    }

    private IEnumerable<PlannedCandidacy> Candidacies()
    {
        var ticket = 0;
        foreach (var contest in BenchContests.All())
        {
            foreach (var actor in _actors)
            {
                var sex = _faker.PickRandom(Sexes);
                var owner = Ids.Derive("c", $"{Key}|{ticket}|owner");
                var substitute = Ids.Derive("c", $"{Key}|{ticket}|substitute");
                var first = Person(contest, actor, ticket, owner, substitute, TicketRole.Owner, sex);
                Targets.Consider(first.Candidacy);
                yield return first;
                yield return Person(contest, actor, ticket, substitute, owner, TicketRole.Substitute, sex);
                ticket++;
            }
        }
    }

    private static readonly Sex[] Sexes = [.. Enumerable.Repeat(Sex.Woman, 24), .. Enumerable.Repeat(Sex.Man, 24),
        Sex.NonBinary, Sex.Unknown];

    private PlannedCandidacy Person(Contest contest, PoliticalActor actor, int ticket, string id,
        string partner, TicketRole role, Sex sex)
    {
        var candidacy = new Candidacy
        {
            Id = id, ProcessId = _process.Id, ActorId = actor.Id, Name = _names.For(sex), Role = role,
            Sex = sex, Age = _faker.Random.Int(18, 90), Office = contest.Office,
            OfficeAsPublished = contest.OfficeAsPublished, Principle = Principle.MajorityRelative,
            TicketNumber = $"{ticket + 1}", TicketPartnerId = partner, Area = contest.Area,
        };
        var row = 2 * ticket + (role == TicketRole.Owner ? 2 : 3);
        return new PlannedCandidacy(_questionnaire.Fill(candidacy, row),
            new CandidacySource(SourceFile, Publisher, $"bench:{ticket}:{role}".ToLowerInvariant(), row));
    }
}
