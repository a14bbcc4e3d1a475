namespace Conoceles.Infrastructure.Persistence.Stores;

using Conoceles.Application.Candidacies;
using Conoceles.Application.Common;
using Conoceles.Domain.Candidacies;
using Dapper;

internal sealed class CandidacyReadStore(IDbConnectionFactory connections) : ICandidacyReadStore
{
    public async Task<PagedList<CandidacyListItemDto>> SearchAsync(
        CandidacyFilter filter, CancellationToken cancellationToken)
    {
        var (where, parameters) = CandidacyWhere.Build(filter);
        parameters.Add("Skip", (filter.Page - 1) * filter.PageSize);
        parameters.Add("Take", filter.PageSize);
        var sql = $"""
            SELECT COUNT(*) FROM {CandidacyRow.From} WHERE {where};
            SELECT {CandidacyRow.Columns} FROM {CandidacyRow.From} WHERE {where}
            ORDER BY {CandidacyWhere.OrderBy(filter)} {connections.Dialect.Page};
            """;

        await using var connection = await connections.OpenReadAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        var total = await results.ReadSingleAsync<int>();
        var items = (await results.ReadAsync<CandidacyRow>()).Select(r => r.ToListItem()).ToList();
        return new PagedList<CandidacyListItemDto>(items, total, filter.Page, filter.PageSize);
    }

    public async Task<CandidacyDetailDto?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenReadAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<CandidacyDetailRow>(new CommandDefinition(
            $"SELECT {CandidacyRow.Columns}, {CandidacyDetailRow.DetailColumns} FROM {CandidacyRow.From} " +
            "WHERE c.id = @Id", new { Id = id }, cancellationToken: cancellationToken));
        if (row is null)
            return null;

        var related = await connection.QueryAsync<CandidacyRow>(new CommandDefinition(
            $"SELECT {CandidacyRow.Columns} FROM {CandidacyRow.From} WHERE c.id = @Partner",
            new { Partner = row.TicketPartnerId ?? "" }, cancellationToken: cancellationToken));
        var substitutes = await connection.QueryFirstOrDefaultAsync<string>(new CommandDefinition(
            "SELECT id FROM candidacies WHERE replaced_by = @Id", new { Id = id },
            cancellationToken: cancellationToken));
        var identity = await connection.QueryAsync<(int Question, string Answer, string? Detail)>(
            new CommandDefinition(
                "SELECT question, answer, detail FROM identity_answers " +
                "WHERE candidacy_id = @Id AND is_public = 1 ORDER BY question",
                new { Id = id }, cancellationToken: cancellationToken));

        var answers = identity
            .Select(a => new IdentityAnswerDto(a.Question, IdentityQuestions.TextOf(a.Question), a.Answer, a.Detail))
            .ToList();
        return row.ToDetail(related.FirstOrDefault()?.ToListItem(), substitutes, answers);
    }
}
