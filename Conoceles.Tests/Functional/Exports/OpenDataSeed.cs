namespace Conoceles.Tests.Functional.Exports;

using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Persistence;
using Conoceles.Tests.Support;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The demo data with invented identity answers and awkward text, and one answer whose
/// publication was not authorised: its detail is a marker no public surface may show.
/// </summary>
public static class OpenDataSeed
{
    public const string SecretDetail = "DETALLE-PRIVADO-7f3a";
    public const string Formula = "=HYPERLINK(\"http://ejemplo.invalid\")";
    public const string TwoLines = "Primera línea, con coma\nsegunda línea con \"comillas\"";
    public const string BareLines = "Regidora 2018\n-Síndica 2021\nDiputada 2024";

    public static async Task<string> SeedAsync(ApiFactory factory)
    {
        var plan = DemoData.Plan();
        var candidacies = plan.Candidacies.Select((p, i) => p with { Candidacy = Change(p.Candidacy, i) }).ToList();
        await factory.SeedAsync(plan with { Candidacies = candidacies });

        var secretId = candidacies[0].Candidacy.Id;
        var connections = factory.Services.GetRequiredService<IDbConnectionFactory>();
        await using var connection = await connections.OpenWriteAsync(CancellationToken.None);
        await connection.ExecuteAsync(
            "UPDATE identity_answers SET is_public = 0 WHERE candidacy_id = @Id AND question = 9",
            new { Id = secretId });
        return secretId;
    }

    private static Candidacy Change(Candidacy c, int i) => c with
    {
        ProfessionalHistory = i == 0 ? TwoLines : c.ProfessionalHistory,
        Motivation = i == 1 ? Formula : c.Motivation,
        PoliticalTrajectory = i == 2 ? BareLines : c.PoliticalTrajectory,
        Identity = i switch
        {
            0 => [new(1, "Sí", null), new(9, "Sí", SecretDetail), new(16, "No", null)],
            < 3 =>
            [
                new(1, "Sí", null), new(9, IdentityAnswer.PreferNotToSay, null), new(18, "Menos de $11,000", null),
            ],
            < 9 => [new(1, "No", null), new(9, "No", null), new(18, "DE $11,001 A $25,000", null)],
            _ => [],
        },
    };
}
