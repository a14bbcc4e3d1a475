namespace Conoceles.Infrastructure.Exports;

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Conoceles.Application.Candidacies;
using Conoceles.Application.Exports;
using Conoceles.Application.Geography;
using Conoceles.Infrastructure.Persistence;
using Conoceles.Infrastructure.Persistence.Stores;
using Conoceles.Infrastructure.Persistence.Stores.Statistics;
using Dapper;

/// <summary>
/// Streams published candidacies with their public identity answers. Two unbuffered readers in
/// the same order are merged, so neither the rows nor the answers are ever held all at once. Each
/// reader runs on its own thread, a bounded number of rows ahead of the one that writes the file.
/// </summary>
internal sealed class ExportReadStore(
    IDbConnectionFactory connections, IGeographyCatalog geography, IDataVersionStore dataVersions,
    ExportVersionMemo memo) : IExportReadStore
{
    private const string Order = "c.process_id, c.sort_key, c.id";

    // Only what some layout writes: each column read is a few calls into SQLite, and the columns of
    // a row cost several times its seek.
    private const string Columns = """
        c.id, p.process_key, c.name, c.nickname, c.office, c.principle, c.state, c.district,
        c.municipality, c.constituency, c.area_label, a.id AS actor_id, a.name AS actor_name,
        a.abbreviation AS actor_abbreviation, a.kind AS actor_kind, c.ticket_number, c.list_position,
        c.role, c.sex, c.age, c.affirmative_action, c.affirmative_action_group, c.contact_json,
        c.education_level, c.education_status, c.education_level_as_published,
        c.education_status_as_published, c.other_studies_json, c.professional_history,
        c.political_trajectory, c.motivation, c.proposals_json, c.gender_proposal, c.curriculum_url,
        c.photo_url, c.source_file, c.source_publisher, c.updated_at
        """;

    private const int RowBatch = 256;
    private const int RowBatches = 4;
    private const int AnswerBatch = 1024;
    private const int AnswerBatches = 4;

    private static readonly IReadOnlyList<IdentityAnswerDto> NoAnswers = [];

    public async Task<ExportVersion> VersionAsync(string? processId, CancellationToken cancellationToken)
    {
        var dataVersion = await dataVersions.ReadAsync(cancellationToken);
        if (memo.Find(processId, dataVersion) is { } known)
            return known;

        var version = await ScanVersionAsync(processId, cancellationToken);
        memo.Keep(processId, dataVersion, version);
        return version;
    }

    private async Task<ExportVersion> ScanVersionAsync(string? processId, CancellationToken cancellationToken)
    {
        var (where, parameters) = PublicWhere.Build(processId);
        var rowsSql = $"""
            SELECT COUNT(*) AS Count, MAX(c.updated_at) AS LastUpdated
            FROM candidacies c WHERE {where} AND {PublicWhere.Published}
            """;
        // Public answers are counted too, so withdrawing a publication consent changes the ETag.
        var answersSql = $"""
            SELECT COUNT(*) FROM identity_answers ia JOIN candidacies c ON c.id = ia.candidacy_id
            WHERE {where} AND {PublicWhere.Published} AND ia.is_public = 1
            """;

        // Both scans come before the first byte, tenths of a second each at 100,000 rows: side by side.
        var rows = QuerySingleAsync<VersionRow>(rowsSql, parameters, cancellationToken);
        var answers = QuerySingleAsync<int>(answersSql, PublicWhere.Build(processId).Parameters, cancellationToken);
        await Task.WhenAll(rows, answers);
        var row = await rows;
        return new ExportVersion(row.Count, row.LastUpdated, await answers);
    }

    public async IAsyncEnumerable<ExportRecord> ReadAsync(
        string? processId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The rows are read on another thread; building each record runs on the caller's, which
        // also formats it, so the three steps share the two cores more evenly.
        await foreach (var (row, identity) in RowsAsync(processId, cancellationToken)
                           .ReadAheadAsync(RowBatch, RowBatches, cancellationToken))
            yield return Record(row, identity);
    }

    private async IAsyncEnumerable<(CandidacyDetailRow Row, IReadOnlyList<IdentityAnswerDto> Identity)> RowsAsync(
        string? processId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (where, parameters) = PublicWhere.Build(processId);
        var (_, answerParameters) = PublicWhere.Build(processId);
        var candidacySql = $"""
            SELECT {Columns} FROM {CandidacyRow.From}
            WHERE {where} AND {PublicWhere.Published} ORDER BY {Order}
            """;
        // Ordered by candidacy only: sorting each candidacy's few answers in SQL costs a sort per row.
        var answerSql = $"""
            SELECT ia.candidacy_id AS CandidacyId, ia.question AS Question, ia.answer AS Answer, ia.detail AS Detail
            FROM identity_answers ia JOIN candidacies c ON c.id = ia.candidacy_id
            WHERE {where} AND {PublicWhere.Published} AND ia.is_public = 1 ORDER BY {Order}
            """;

        await using var rowConnection = await connections.OpenReadAsync(cancellationToken);
        await using var answerConnection = await connections.OpenReadAsync(cancellationToken);
        await using var answers = answerConnection.QueryUnbufferedAsync<AnswerRow>(answerSql, answerParameters)
            .ReadAheadAsync(AnswerBatch, AnswerBatches, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var pending = await answers.MoveNextAsync() ? answers.Current : null;
        await foreach (var row in rowConnection.QueryUnbufferedAsync<CandidacyDetailRow>(candidacySql, parameters)
                           .WithCancellation(cancellationToken))
        {
            List<IdentityAnswerDto>? identity = null;
            while (pending is not null && pending.CandidacyId == row.Id)
            {
                (identity ??= []).Add(new IdentityAnswerDto(pending.Question,
                    Domain.Candidacies.IdentityQuestions.TextOf(pending.Question), pending.Answer, pending.Detail));
                pending = await answers.MoveNextAsync() ? answers.Current : null;
            }

            identity?.Sort((a, b) => a.Question.CompareTo(b.Question));
            yield return (row, identity ?? NoAnswers);
        }
    }

    private async Task<T> QuerySingleAsync<T>(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenReadAsync(cancellationToken);
        return await connection.QuerySingleAsync<T>(
            new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    private ExportRecord Record(CandidacyDetailRow row, IReadOnlyList<IdentityAnswerDto> identity)
    {
        var detail = row.ToDetail(null, null, identity);
        var state = detail.Area.State is { } s ? geography.FindState(s)?.Name : null;
        var municipality = detail.Area.Municipality is { } m ? geography.MunicipalityByCode(m)?.Name : null;
        return new ExportRecord(detail, state, municipality);
    }

    private sealed class VersionRow
    {
        public int Count { get; set; }
        public DateTimeOffset? LastUpdated { get; set; }
    }

    private sealed class AnswerRow
    {
        public string CandidacyId { get; set; } = "";
        public int Question { get; set; }
        public string Answer { get; set; } = "";
        public string? Detail { get; set; }
    }
}

/// <summary>
/// The version of each selection's export as last scanned, valid while the data version it was
/// scanned at holds: two scans of every published row that the first byte would otherwise wait for.
/// </summary>
internal sealed class ExportVersionMemo
{
    private readonly ConcurrentDictionary<string, (long Data, ExportVersion Version)> _known =
        new(StringComparer.Ordinal);

    public ExportVersion? Find(string? processId, long dataVersion) =>
        _known.TryGetValue(processId ?? "", out var entry) && entry.Data == dataVersion ? entry.Version : null;

    public void Keep(string? processId, long dataVersion, ExportVersion version) =>
        _known[processId ?? ""] = (dataVersion, version);
}
