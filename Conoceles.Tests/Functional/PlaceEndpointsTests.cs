namespace Conoceles.Tests.Functional;

using System.Net;
using Conoceles.Application.Imports;
using Conoceles.Tests.Support;

public sealed class PlaceEndpointsTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task ShouldListOfficesWithPrinciplesAndCountsWhenProcessExists()
    {
        var body = await GetJsonAsync($"/api/v1/processes/{DemoData.ProcessKey}/offices");

        var office = body.GetProperty("items").EnumerateArray().Single();
        Assert.That(office.GetProperty("code").GetString(), Is.EqualTo("diputacion-local"));
        Assert.That(office.GetProperty("principles")[0].GetString(), Is.EqualTo("mr"));
        Assert.That(office.GetProperty("candidacyCount").GetInt32(), Is.EqualTo(12));
    }

    [Test]
    public async Task ShouldListActorsInBallotOrderWhenProcessExists()
    {
        var body = await GetJsonAsync($"/api/v1/processes/{DemoData.ProcessKey}/political-actors");

        var orders = body.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("ballotOrder").GetInt32());
        Assert.That(orders, Is.EqualTo(new[] { 1, 2, 3 }));
        var counts = body.GetProperty("items").EnumerateArray().Sum(a => a.GetProperty("candidacyCount").GetInt32());
        Assert.That(counts, Is.EqualTo(12));
    }

    [TestCase("offices")]
    [TestCase("political-actors")]
    public async Task ShouldAnswer404WhenProcessOfPartIsUnknown(string part)
    {
        var response = await Client.GetAsync($"/api/v1/processes/nope/{part}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldGiveDistrictContestInBallotOrderWhenDistrictIsAsked()
    {
        var body = await GetJsonAsync("/api/v1/contests?district=local-05-02");

        var contest = body.GetProperty("items").EnumerateArray().Single();
        var roles = contest.GetProperty("candidacies").EnumerateArray().Select(c => c.GetProperty("role").GetString());
        Assert.That(contest.GetProperty("area").GetProperty("district").GetString(), Is.EqualTo("local-05-02"));
        Assert.That(roles, Is.EqualTo(new[] { "owner", "substitute" }));
    }

    [Test]
    public async Task ShouldGiveEveryContestOfStateWhenOnlyStateIsAsked()
    {
        var body = await GetJsonAsync($"/api/v1/contests?process={DemoData.ProcessKey}&state=05");

        Assert.That(body.GetProperty("items").GetArrayLength(), Is.EqualTo(6));
    }

    [TestCase("/api/v1/contests", "state")]
    [TestCase("/api/v1/contests?district=05-02", "district")]
    [TestCase("/api/v1/contests?state=05&process=nope", "process")]
    [TestCase("/api/v1/geography/states/05/districts?kind=regional", "kind")]
    [TestCase("/api/v1/geography/states?process=nope", "process")]
    public async Task ShouldAnswer400WhenPlaceParameterIsBad(string url, string parameter)
    {
        await ProblemAssert.NamesParameterAsync(await Client.GetAsync(url), parameter);
    }

    [Test]
    public async Task ShouldListLocalDistrictsFromDataWhenStateHasThem()
    {
        var body = await GetJsonAsync(
            $"/api/v1/geography/states/05/districts?kind=local&process={DemoData.ProcessKey}");

        var codes = body.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString());
        Assert.That(codes, Is.EqualTo(Enumerable.Range(1, 6).Select(n => $"local-05-{n:00}")));
    }

    [Test]
    public async Task ShouldAnswer404WhenStateIsUnknown()
    {
        var response = await Client.GetAsync("/api/v1/geography/states/99/municipalities");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }
}
