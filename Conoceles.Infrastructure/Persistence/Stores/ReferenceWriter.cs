namespace Conoceles.Infrastructure.Persistence.Stores;

using System.Data.Common;
using Conoceles.Domain.Candidacies;
using Conoceles.Domain.Processes;
using Conoceles.Domain.Text;
using Conoceles.Infrastructure.Persistence.Dialects;
using Dapper;

/// <summary>Processes, actors and identity answers of an import, inside its transaction.</summary>
internal sealed class ReferenceWriter(
    DbConnection connection, DbTransaction transaction, ISqlDialect dialect, CancellationToken token)
{
    public async Task WriteProcessesAsync(IReadOnlyList<ElectoralProcess> processes, DateTimeOffset now)
    {
        foreach (var p in processes)
        {
            var values = new
            {
                p.Id, p.Key, p.Name, p.State, ElectionDay = p.ElectionDay, p.TimeZone, p.Publisher, p.IsDemo, Now = now,
            };
            var changed = await Run(
                """
                UPDATE processes SET process_key = @Key, name = @Name, state = @State, election_day = @ElectionDay,
                    time_zone = @TimeZone, publisher = @Publisher, is_demo = @IsDemo, updated_at = @Now
                WHERE id = @Id AND NOT (process_key = @Key AND name = @Name AND time_zone = @TimeZone
                    AND COALESCE(state, '') = COALESCE(@State, '')
                    AND COALESCE(publisher, '') = COALESCE(@Publisher, '')
                    AND is_demo = @IsDemo)
                """, values);
            var exists = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                "SELECT COUNT(*) FROM processes WHERE id = @Id", values, transaction, cancellationToken: token));
            if (changed == 0 && exists == 0)
                await Run(
                    """
                    INSERT INTO processes (id, process_key, name, state, election_day, time_zone, publisher, is_demo,
                        created_at, updated_at)
                    VALUES (@Id, @Key, @Name, @State, @ElectionDay, @TimeZone, @Publisher, @IsDemo, @Now, @Now)
                    """, values);
        }
    }

    public async Task WriteActorsAsync(IReadOnlyList<PoliticalActor> actors)
    {
        foreach (var a in actors)
        {
            var values = new
            {
                a.Id, a.ProcessId, a.Name, a.Abbreviation, Kind = Codes.Of(a.Kind),
                Parties = string.Join(',', a.PartyAbbreviations), a.BallotOrder, SortKey = NameKeys.Sort(a.Name),
            };
            var updated = await Run(
                """
                UPDATE political_actors SET name = @Name, abbreviation = @Abbreviation, kind = @Kind,
                    parties = @Parties, ballot_order = @BallotOrder, sort_key = @SortKey
                WHERE id = @Id
                """, values);
            if (updated == 0)
                await Run(
                    """
                    INSERT INTO political_actors (id, process_id, name, abbreviation, kind, parties, ballot_order,
                        sort_key)
                    VALUES (@Id, @ProcessId, @Name, @Abbreviation, @Kind, @Parties, @BallotOrder, @SortKey)
                    """, values);
        }
    }

    public async Task ReplaceIdentityAsync(IReadOnlyList<Candidacy> candidacies)
    {
        foreach (var c in candidacies)
            await Run("DELETE FROM identity_answers WHERE candidacy_id = @Id", new { c.Id });
    }

    /// <summary>Imported answers count as authorised for publication and statistics (DOMAIN.md 12).</summary>
    public Task InsertIdentityAsync(IReadOnlyList<Candidacy> candidacies)
    {
        var rows = candidacies
            .SelectMany(c => c.Identity.Select(a => new object?[] { c.Id, a.Question, a.Answer, a.Detail, true, true }))
            .ToList();
        return dialect.BulkInsertAsync(connection, transaction, new BulkRows("identity_answers",
            ["candidacy_id", "question", "answer", "detail", "is_public", "for_statistics"], rows), token);
    }

    private Task<int> Run(string sql, object values) =>
        connection.ExecuteAsync(new CommandDefinition(sql, values, transaction, cancellationToken: token));
}
