namespace Conoceles.Tests.TSql;

using System.Text.Json;
using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Persistence;
using Conoceles.Infrastructure.Persistence.Dialects;
using Conoceles.Tests.Support;
using Conoceles.Tests.Support.Sql;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

/// <summary>
/// Without a SQL Server here, every statement the product runs is rendered through the SQL
/// Server dialect, parsed with ScriptDom and checked against the schema of the T-SQL migrations.
/// Statements are recorded while the import and every documented GET operation run, so a new
/// query is checked without anyone listing it.
/// </summary>
[Category("TSqlSyntax")]
public sealed class TSqlSyntaxTests
{
    private static readonly SqlLog Log = new();
    private static readonly TSqlSchema Schema = TSqlSchema.FromMigrations();

    public static IEnumerable<string> Migrations => DatabaseMigrator.ScriptNames("SqlServer");

    [OneTimeSetUp]
    public async Task RecordEveryStatement()
    {
        using var factory = new ApiFactory
        {
            TestServices = s => s.Decorate(inner => new RecordingConnectionFactory(inner, Log)),
        };
        using var client = factory.CreateClient();
        var plan = DemoData.Plan();
        await factory.SeedAsync(plan);
        var changed = plan.Candidacies[0].Candidacy with
        {
            Age = 77, Identity = [new(1, IdentityAnswer.PreferNotToSay, null)],
        };
        await factory.SeedAsync(plan with
        {
            Candidacies = [plan.Candidacies[0] with { Candidacy = changed }, .. plan.Candidacies.Skip(1)],
        });
        await ApiExercise.CallEveryGetOperationAsync(client);
    }

    [TestCaseSource(nameof(Migrations))]
    public void ShouldParseWhenMigrationIsTSql(string script)
    {
        TSqlParsing.Parse(DatabaseMigrator.ReadScript(script), out var errors);

        Assert.That(errors.Select(e => $"line {e.Line}: {e.Message}"), Is.Empty);
    }

    [Test]
    public void ShouldRecordStatementsOfEveryKindWhenProductRuns()
    {
        var verbs = Log.Statements.Select(s => s.Text.TrimStart().Split(' ', 2)[0].ToUpperInvariant()).ToHashSet();

        Assert.That(verbs, Is.SupersetOf(new[] { "SELECT", "INSERT", "UPDATE", "DELETE" }));
    }

    [Test]
    public void ShouldParseAndNameExistingColumnsWhenEveryStatementIsRenderedForSqlServer()
    {
        var problems = new List<string>();
        foreach (var statement in Log.Statements.DistinctBy(s => s.Text))
        {
            if (Render(statement.Text) is not { } sql)
                continue;

            var fragment = TSqlParsing.Parse(sql, out var errors);
            problems.AddRange(errors.Select(e => $"{e.Message} in:\n{sql}"));
            if (errors.Count > 0)
                continue;

            var checker = new TSqlColumnChecker(Schema, statement.Parameters);
            checker.Check(fragment);
            problems.AddRange(checker.Problems.Select(p => $"{p} in:\n{sql}"));
        }

        Assert.That(Log.Statements, Is.Not.Empty);
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public async Task ShouldCreateSameColumnsWhenEitherEngineIsMigrated()
    {
        using var factory = new ApiFactory();
        _ = factory.Server;
        var connections = factory.Services.GetRequiredService<IDbConnectionFactory>();
        await using var connection = await connections.OpenReadAsync(CancellationToken.None);

        foreach (var (table, columns) in Schema.Tables)
        {
            var sqlite = await connection.QueryAsync<string>($"SELECT name FROM pragma_table_info('{table}')");
            Assert.That(sqlite, Is.EquivalentTo(columns.Keys), table);
        }
    }

    [TestCase("SELECT c.nope FROM candidacies c", "candidacies.nope does not exist")]
    [TestCase("SELECT id FROM missing_table", "table missing_table is not created")]
    [TestCase("SELECT x.id FROM candidacies c", "unknown table or alias x")]
    [TestCase("SELECT id FROM candidacies WHERE age = @Age", "is bound to a int column")]
    public void ShouldReportProblemWhenStatementDoesNotFitSchema(string sql, string expected)
    {
        var checker = new TSqlColumnChecker(Schema, new Dictionary<string, object?> { ["Age"] = "forty" });

        checker.Check(TSqlParsing.Parse(sql, out _));

        Assert.That(checker.Problems, Has.Some.Contains(expected));
    }

    [Test]
    public void ShouldRejectSqliteOnlySyntaxWhenParsedAsTSql()
    {
        TSqlParsing.Parse("SELECT id FROM candidacies ORDER BY id LIMIT 5", out var errors);

        Assert.That(errors, Is.Not.Empty);
    }

    /// <summary>The statement as the SQL Server dialect writes it; null where that dialect has none.</summary>
    private static string? Render(string sqliteText)
    {
        var (sqlite, sqlServer) = (new SqliteDialect(), new SqlServerDialect());
        if (sqliteText == sqlite.AfterMigration)
            return sqlServer.AfterMigration;

        return sqliteText.Replace(sqlite.Page, sqlServer.Page, StringComparison.Ordinal);
    }
}

internal static class ServiceDecoration
{
    public static void Decorate(
        this IServiceCollection services, Func<IDbConnectionFactory, IDbConnectionFactory> decorate)
    {
        var original = services.Single(d => d.ServiceType == typeof(IDbConnectionFactory));
        services.RemoveAll<IDbConnectionFactory>();
        services.AddSingleton(sp => decorate(
            (IDbConnectionFactory)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!)));
    }
}
