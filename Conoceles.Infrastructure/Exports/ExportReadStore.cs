namespace Conoceles.Infrastructure.Exports;

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
/// the same order are merged, so neither the rows nor the answers are ever held all at once.
/// </summary>
internal sealed class ExportReadStore(IDbConnectionFactory connections, IGeographyCatalog geography)
    : IExportReadStore
{
    private const string Order = "c.process_id, c.sort_key, c.id";

    public async Task<ExportVersion> VersionAsync(string? processId, CancellationToken cancellationToken)
    {
        var (where, parameters) = PublicWhere.Build(processId);
        // Public answers are counted too, so withdrawing a publication consent changes the ETag.
        var sql = $"""
            SELECT COUNT(*) AS Count, MAX(c.updated_at) AS LastUpdated
            FROM candidacies c WHERE {where} AND {PublicWhere.Published};
            SELECT COUNT(*) FROM identity_answers ia JOIN candidacies c ON c.id = ia.candidacy_id
            WHERE {where} AND {PublicWhere.Published} AND ia.is_public = 1;
            """;
        await using var connection = await connections.OpenReadAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        var row = await results.ReadSingleAsync<VersionRow>();
        var publicAnswers = await results.ReadSingleAsync<int>();
        return new ExportVersion(row.Count, row.LastUpdated, publicAnswers);
    }

    public async IAsyncEnumerable<ExportRecord> ReadAsync(
        string? processId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (where, parameters) = PublicWhere.Build(processId);
        var (_, answerParameters) = PublicWhere.Build(processId);
        var candidacySql = $"""
            SELECT {CandidacyRow.Columns}, {CandidacyDetailRow.DetailColumns} FROM {CandidacyRow.From}
            WHERE {where} AND {PublicWhere.Published} ORDER BY {Order}
            """;
        var answerSql = $"""
            SELECT ia.candidacy_id AS CandidacyId, ia.question AS Question, ia.answer AS Answer, ia.detail AS Detail
            FROM identity_answers ia JOIN candidacies c ON c.id = ia.candidacy_id
            WHERE {where} AND {PublicWhere.Published} AND ia.is_public = 1 ORDER BY {Order}, ia.question
            """;

        await using var rowConnection = await connections.OpenReadAsync(cancellationToken);
        await using var answerConnection = await connections.OpenReadAsync(cancellationToken);
        await using var answers = answerConnection.QueryUnbufferedAsync<AnswerRow>(answerSql, answerParameters)
            .GetAsyncEnumerator(cancellationToken);
        var pending = await answers.MoveNextAsync() ? answers.Current : null;
        await foreach (var row in rowConnection.QueryUnbufferedAsync<CandidacyDetailRow>(candidacySql, parameters)
                           .WithCancellation(cancellationToken))
        {
            var identity = new List<IdentityAnswerDto>();
            while (pending is not null && pending.CandidacyId == row.Id)
            {
                identity.Add(new IdentityAnswerDto(pending.Question,
                    Domain.Candidacies.IdentityQuestions.TextOf(pending.Question), pending.Answer, pending.Detail));
                pending = await answers.MoveNextAsync() ? answers.Current : null;
            }

            yield return Record(row, identity);
        }
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
