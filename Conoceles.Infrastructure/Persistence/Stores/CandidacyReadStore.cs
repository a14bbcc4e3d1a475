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
        // One round trip: the profile, its partner, whom it replaced, and its public answers.
        var sql = $"""
            SELECT {CandidacyRow.Columns}, {CandidacyDetailRow.DetailColumns} FROM {CandidacyRow.From}
            WHERE c.id = @Id AND {PublicStatus.Viewable};
            SELECT {CandidacyRow.Columns} FROM {CandidacyRow.From}
            WHERE c.id = (SELECT t.ticket_partner_id FROM candidacies t WHERE t.id = @Id) AND {PublicStatus.Viewable};
            SELECT r.id FROM candidacies r WHERE r.replaced_by = @Id;
            SELECT question, answer, detail FROM identity_answers
            WHERE candidacy_id = @Id AND is_public = 1 ORDER BY question;
            """;

        await using var connection = await connections.OpenReadAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(sql, new { Id = id }, cancellationToken: cancellationToken));
        var row = await results.ReadSingleOrDefaultAsync<CandidacyDetailRow>();
        var partner = await results.ReadSingleOrDefaultAsync<CandidacyRow>();
        var substitutes = await results.ReadFirstOrDefaultAsync<string>();
        var identity = await results.ReadAsync<(int Question, string Answer, string? Detail)>();
        if (row is null)
            return null;

        var answers = identity
            .Select(a => new IdentityAnswerDto(a.Question, IdentityQuestions.TextOf(a.Question), a.Answer, a.Detail))
            .ToList();
        return row.ToDetail(partner?.ToListItem(), substitutes, answers);
    }
}
