namespace Conoceles.Tests.Functional.Statistics;

using System.Net;
using System.Text.Json;
using Conoceles.Application.Imports;
using Conoceles.Tests.Functional.Exports;
using Conoceles.Tests.Support;

public sealed class StatisticsTests(string provider) : ApiTestBase(provider)
{
    private JsonElement _stats;

    [OneTimeSetUp]
    public async Task Seed()
    {
        await OpenDataSeed.SeedAsync(Factory);
        _stats = await GetJsonAsync($"/api/v1/statistics?process={DemoData.ProcessKey}");
    }

    [Test]
    public void ShouldAddUpToItsDenominatorWhenAnyBreakdownIsRead()
    {
        var breakdowns = new List<(string Name, JsonElement Value)>
        {
            ("sex", _stats.GetProperty("sex")), ("age", _stats.GetProperty("age")),
            ("education", _stats.GetProperty("education")),
        };
        foreach (var group in _stats.GetProperty("identity").EnumerateArray().Append(_stats.GetProperty("income")))
        {
            breakdowns.Add((group.GetProperty("code").GetString()!, group.GetProperty("candidacies")));
            breakdowns.Add((group.GetProperty("code").GetString()!, group.GetProperty("respondents")));
        }

        Assert.That(breakdowns, Has.Count.EqualTo(3 + 16));
        foreach (var (name, b) in breakdowns)
        {
            var shown = b.GetProperty("cells").EnumerateArray()
                .Sum(c => c.GetProperty("count") is { ValueKind: JsonValueKind.Number } n ? n.GetInt32() : 0);
            var hidden = b.GetProperty("suppressedTotal") is { ValueKind: JsonValueKind.Number } t ? t.GetInt32() : 0;
            Assert.That(shown + hidden + b.GetProperty("noAnswer").GetInt32(),
                Is.EqualTo(b.GetProperty("denominator").GetInt32()), name);
        }
    }

    [Test]
    public void ShouldCountDenominatorsWhenCandidaciesAndRespondentsDiffer()
    {
        var indigenous = Group("indigenous");

        Assert.That(indigenous.GetProperty("candidacies").GetProperty("denominator").GetInt32(), Is.EqualTo(12));
        Assert.That(indigenous.GetProperty("respondents").GetProperty("denominator").GetInt32(), Is.EqualTo(9));
        Assert.That(indigenous.GetProperty("candidacies").GetProperty("noAnswer").GetInt32(), Is.EqualTo(3));
        Assert.That(Cell(indigenous, "yes").GetProperty("count").GetInt32(), Is.EqualTo(3), "public stays shown");
    }

    [Test]
    public void ShouldSuppressPrivateCellAndItsComplementWhenOneAnswerIsNotPublic()
    {
        var lgbt = Group("lgbtttiq");

        Assert.That(Cell(lgbt, "yes").GetProperty("suppressed").GetBoolean(), Is.True);
        Assert.That(Cell(lgbt, "yes").GetProperty("count").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(Cell(lgbt, "prefer-not-to-say").GetProperty("suppressed").GetBoolean(), Is.True);
        Assert.That(lgbt.GetProperty("candidacies").GetProperty("suppressedTotal").GetInt32(), Is.EqualTo(3));
        Assert.That(Cell(lgbt, "no").GetProperty("count").GetInt32(), Is.EqualTo(6));
        Assert.That(_stats.GetRawText(), Does.Not.Contain(OpenDataSeed.SecretDetail));
    }

    [Test]
    public void ShouldCountStatusPerActorAndOfficeWhenProcessIsGiven()
    {
        var status = _stats.GetProperty("status");

        Assert.That(status.GetProperty("total").GetProperty("registered").GetInt32(), Is.EqualTo(12));
        Assert.That(status.GetProperty("total").GetProperty("published").GetInt32(), Is.EqualTo(12));
        Assert.That(status.GetProperty("byActor").EnumerateArray().Sum(a => a.GetProperty("captured").GetInt32()),
            Is.EqualTo(12));
        Assert.That(status.GetProperty("byOffice")[0].GetProperty("code").GetString(), Is.EqualTo("diputacion-local"));
        Assert.That(_stats.GetProperty("sex").GetProperty("cells")[0].GetProperty("count").GetInt32(), Is.EqualTo(6));
    }

    [TestCase("process=nope-1999", "process")]
    [TestCase("state=5", "state")]
    [TestCase("office=alcalde", "office")]
    public async Task ShouldAnswer400NamingParameterWhenValueIsInvalid(string query, string parameter)
    {
        var response = await Client.GetAsync($"/api/v1/statistics?{query}");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty(parameter, out _), Is.True);
    }

    private JsonElement Group(string code) =>
        _stats.GetProperty("identity").EnumerateArray().Single(g => g.GetProperty("code").GetString() == code);

    private static JsonElement Cell(JsonElement group, string code) => group.GetProperty("candidacies")
        .GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("code").GetString() == code);
}
