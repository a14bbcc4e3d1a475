namespace Conoceles.Application.Imports;

using Conoceles.Domain;
using Conoceles.Domain.Candidacies;
using Conoceles.Domain.Processes;

/// <summary>
/// Turns what the readers produced into rows with stable ids: a candidacy's id derives from its
/// process, dataset, source key, role and order of occurrence, never from the person's name.
/// </summary>
public static class ImportPlanner
{
    public static (ImportPlan Plan, IReadOnlyList<ImportWarning> Warnings) Plan(
        IReadOnlyList<ElectoralProcess> processes, IReadOnlyList<ImportBatch> batches)
    {
        var processIds = processes.ToDictionary(p => p.Key, p => p.Id);
        var actors = new Dictionary<(string, string), PoliticalActor>();
        var planned = new List<PlannedCandidacy>();
        var warnings = new List<ImportWarning>();
        foreach (var batch in batches)
        {
            var occurrences = new Dictionary<string, int>();
            var fromBatch = new List<PlannedCandidacy>();
            foreach (var row in batch.Candidacies)
            {
                var processId = processIds[row.ProcessKey];
                var actor = ActorFor(actors, row, processId);
                var identity = $"{row.ProcessKey}|{batch.File}|{row.SourceKey}|{Codes.Of(row.Draft.Role)}";
                var occurrence = occurrences[identity] = occurrences.GetValueOrDefault(identity) + 1;
                var candidacy = row.Draft with
                {
                    Id = Ids.Derive("c", $"{identity}|{occurrence}"),
                    ProcessId = processId,
                    ActorId = actor.Id,
                };
                fromBatch.Add(new(candidacy, new(batch.File, batch.Publisher, row.SourceKey, row.SourceRow)));
            }

            planned.AddRange(TicketPairing.Pair(batch, fromBatch, warnings));
        }

        return (new ImportPlan(processes, actors.Values.ToList(), planned), warnings);
    }

    private static PoliticalActor ActorFor(
        Dictionary<(string, string), PoliticalActor> actors, ImportedCandidacy row, string processId)
    {
        var key = (row.ProcessKey, row.Actor.Key);
        if (actors.TryGetValue(key, out var existing))
            return existing;

        // TODO(#2): a single file imported into a process that already has actors numbers its
        // actors from 1 again, so ballot order can tie with the earlier ones.
        var order = actors.Keys.Count(k => k.Item1 == row.ProcessKey) + 1;
        var actor = new PoliticalActor(
            Ids.Derive("a", $"{row.ProcessKey}|{row.Actor.Key}"), processId, row.Actor.Name,
            row.Actor.Abbreviation, row.Actor.Kind, row.Actor.PartyAbbreviations, order);
        actors[key] = actor;
        return actor;
    }
}
