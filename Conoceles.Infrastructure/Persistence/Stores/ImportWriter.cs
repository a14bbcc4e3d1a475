namespace Conoceles.Infrastructure.Persistence.Stores;

using System.Data.Common;
using Conoceles.Application.Imports;
using Conoceles.Infrastructure.Persistence.Dialects;
using Dapper;

/// <summary>
/// Writes an import plan in one transaction: rows whose content hash is unchanged are not
/// touched, so importing the same files twice changes nothing.
/// </summary>
internal sealed class ImportWriter(IDbConnectionFactory connections) : IImportWriter
{
    private static readonly string[] InsertColumns = [.. CandidacyParameters.Columns, "imported_at", "updated_at"];

    private static readonly System.Reflection.PropertyInfo[] InsertProperties = InsertColumns
        .Select(c => typeof(CandidacyParameters).GetProperty(c.EndsWith("_at") ? "Now" : Param(c)[1..])!)
        .ToArray();

    private static readonly string Update =
        "UPDATE candidacies SET " +
        string.Join(", ", CandidacyParameters.Columns.Skip(1).Select(c => $"{c} = {Param(c)}")) +
        ", updated_at = @Now WHERE id = @Id";

    public async Task<ImportCounts> WriteAsync(ImportPlan plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenWriteAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var reference = new ReferenceWriter(connection, transaction, connections.Dialect, cancellationToken);
        await reference.WriteProcessesAsync(plan.Processes, now);
        await reference.WriteActorsAsync(plan.Actors);

        var existing = (await connection.QueryAsync<(string Id, string ContentHash)>(new CommandDefinition(
                "SELECT id, content_hash FROM candidacies WHERE process_id IN @Ids",
                new { Ids = plan.Processes.Select(p => p.Id).ToList() }, transaction,
                cancellationToken: cancellationToken)))
            .ToDictionary(r => r.Id, r => r.ContentHash);
        var rows = plan.Candidacies.Select(c => (Planned: c, Values: CandidacyParameters.From(c, now))).ToList();
        var created = rows.Where(r => !existing.ContainsKey(r.Values.Id)).ToList();
        var updated = rows.Where(r => existing.TryGetValue(r.Values.Id, out var hash) && hash != r.Values.ContentHash)
            .ToList();

        var inserts = created.Select(r => InsertProperties.Select(p => p.GetValue(r.Values)).ToArray()).ToList();
        await connections.Dialect.BulkInsertAsync(connection, transaction,
            new BulkRows("candidacies", InsertColumns, inserts), cancellationToken);
        await Execute(connection, transaction, Update, updated.Select(r => r.Values), cancellationToken);
        await Execute(connection, transaction, "DELETE FROM candidacy_words WHERE candidacy_id = @Id",
            updated.Select(r => new { r.Values.Id }), cancellationToken);
        var words = created.Concat(updated)
            .SelectMany(r => CandidacyWords.Of(r.Values.SearchKey).Select(w => new object?[] { w, r.Values.Id }))
            .ToList();
        await connections.Dialect.BulkInsertAsync(connection, transaction,
            new BulkRows("candidacy_words", ["word", "candidacy_id"], words), cancellationToken);
        await reference.ReplaceIdentityAsync(updated.Select(r => r.Planned.Candidacy).ToList());
        await reference.InsertIdentityAsync(created.Concat(updated).Select(r => r.Planned.Candidacy).ToList());
        await DataVersionStore.RaiseAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportCounts(created.Count, updated.Count, rows.Count - created.Count - updated.Count);
    }

    private static string Param(string column) =>
        "@" + string.Concat(column.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static async Task Execute(
        DbConnection connection, DbTransaction transaction, string sql, IEnumerable<object> rows,
        CancellationToken cancellationToken)
    {
        foreach (var row in rows)
            await connection.ExecuteAsync(
                new CommandDefinition(sql, row, transaction, cancellationToken: cancellationToken));
    }
}
