namespace Conoceles.Tests.Functional;

using Conoceles.Application.Imports;
using Conoceles.Tests.Support;

public sealed class CandidacySearchTests(string provider) : ApiTestBase(provider)
{
    [TestCase("munoz garcia")]
    [TestCase("GARCÍA MUÑOZ")]
    [TestCase("García Muñoz")]
    [TestCase("jose angel munoz")]
    [TestCase("mu garc")]
    [TestCase("ÁNG")]
    [TestCase("garc 😀 🗳️")]
    public async Task ShouldFindNameWhenTypedWithoutAccentsOrInAnotherOrder(string q)
    {
        var body = await GetJsonAsync($"/api/v1/candidacies?q={Uri.EscapeDataString(q)}");

        var names = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString());
        Assert.That(names, Is.EqualTo(new[] { "JOSÉ ÁNGEL MUÑOZ GARCÍA" }));
    }

    [TestCase("unoz")]
    [TestCase("garcias")]
    [TestCase("munoz soto")]
    public async Task ShouldFindNobodyWhenAWordIsNotTheStartOfAWordOfTheName(string q)
    {
        var body = await GetJsonAsync($"/api/v1/candidacies?q={Uri.EscapeDataString(q)}");

        Assert.That(body.GetProperty("total").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task ShouldPageInStableNameOrderWhenPageSizeIsSmall()
    {
        var all = await GetJsonAsync("/api/v1/candidacies?pageSize=200");
        var expected = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();

        var paged = new List<string?>();
        for (var page = 1; page <= 3; page++)
        {
            var body = await GetJsonAsync($"/api/v1/candidacies?pageSize=5&page={page}");
            paged.AddRange(body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()));
            Assert.That(body.GetProperty("total").GetInt32(), Is.EqualTo(expected.Count));
        }

        Assert.That(paged, Is.EqualTo(expected));
    }

    [Test]
    public async Task ShouldSortÑAfterNWhenListingByName()
    {
        var body = await GetJsonAsync("/api/v1/candidacies?pageSize=200");

        var names = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();
        Assert.That(names.IndexOf("RENATA OCAÑA VÉLEZ"), Is.GreaterThan(names.IndexOf("LUIS ENRIQUE NÚÑEZ SOTO")));
        Assert.That(names.IndexOf("IVÁN CARREÑO MÉNDEZ"), Is.GreaterThan(names.IndexOf("HÉCTOR GÜEMES TREVIÑO")));
    }

    [Test]
    public async Task ShouldFilterByProcessOfficeAndStateWhenGiven()
    {
        var body = await GetJsonAsync(
            $"/api/v1/candidacies?process={DemoData.ProcessKey}&office=diputacion-local&state=05&pageSize=1");

        Assert.That(body.GetProperty("total").GetInt32(), Is.EqualTo(DemoData.Plan().Candidacies.Count));
        var none = await GetJsonAsync("/api/v1/candidacies?state=31");
        Assert.That(none.GetProperty("total").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task ShouldFilterByActorWhenGiven()
    {
        var first = (await GetJsonAsync("/api/v1/candidacies?pageSize=1")).GetProperty("items")[0];
        var actor = first.GetProperty("actor").GetProperty("id").GetString();

        var body = await GetJsonAsync($"/api/v1/candidacies?actor={actor}&pageSize=200");

        var actors = body.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("actor").GetProperty("id").GetString()).Distinct();
        Assert.That(actors, Is.EqualTo(new[] { actor }));
    }

    [TestCase("pageSize=0", "pageSize")]
    [TestCase("pageSize=201", "pageSize")]
    [TestCase("pageSize=abc", "pageSize")]
    [TestCase("page=-1", "page")]
    [TestCase("page=0", "page")]
    [TestCase("process=no-such-process", "process")]
    [TestCase("office=astronauta", "office")]
    [TestCase("state=5", "state")]
    [TestCase("sort=--name", "sort")]
    [TestCase("actor=a_nope", "actor")]
    public async Task ShouldAnswer400NamingParameterWhenValueIsBad(string query, string parameter)
    {
        var response = await Client.GetAsync($"/api/v1/candidacies?{query}");

        await ProblemAssert.NamesParameterAsync(response, parameter);
    }

    [TestCase("/api/v1/candidacies?state=99", "state")]
    [TestCase("/api/v1/candidacies?municipality=99999", "municipality")]
    [TestCase("/api/v1/candidacies?district=federal-05-99", "district")]
    [TestCase("/api/v1/candidacies?district=local-99-01", "district")]
    [TestCase("/api/v1/contests?state=40", "state")]
    [TestCase("/api/v1/contests?district=federal-31-00", "district")]
    [TestCase("/api/v1/statistics?state=00", "state")]
    [TestCase("/api/v1/statistics?actor=a_nope", "actor")]
    public async Task ShouldAnswer400NamingParameterWhenAPlaceIsNotInTheCatalogue(string url, string parameter)
    {
        RepositoryRoot.RequireCatalogs();

        var response = await Client.GetAsync(url);

        await ProblemAssert.NamesParameterAsync(response, parameter);
    }

    [Test]
    public async Task ShouldAnswer400WhenQueryIsOversized()
    {
        var response = await Client.GetAsync($"/api/v1/candidacies?q={new string('a', 500)}");

        await ProblemAssert.NamesParameterAsync(response, "q");
    }
}
