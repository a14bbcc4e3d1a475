namespace Conoceles.Tests.Functional;

using System.Text.Json;
using Conoceles.Tests.Support;

public sealed class CandidacyFilterTests(string provider) : ApiTestBase(provider)
{
    [TestCase("sex=woman", "sex", "woman")]
    [TestCase("role=substitute", "role", "substitute")]
    [TestCase("principle=mr", "principle", "mr")]
    public async Task ShouldReturnOnlyMatchingRowsWhenCodeFilterIsGiven(string query, string field, string value)
    {
        var body = await GetJsonAsync($"/api/v1/candidacies?{query}&pageSize=200");

        var values = Items(body).Select(i => i.GetProperty(field).GetString()).ToList();
        Assert.That(values, Is.Not.Empty.And.All.EqualTo(value));
    }

    [Test]
    public async Task ShouldKeepAgesInRangeWhenAgeBoundsAreGiven()
    {
        var body = await GetJsonAsync("/api/v1/candidacies?ageMin=36&ageMax=42&pageSize=200");

        var ages = Items(body).Select(i => i.GetProperty("age").GetInt32()).ToList();
        Assert.That(ages, Is.Not.Empty.And.All.InRange(36, 42));
    }

    [Test]
    public async Task ShouldOrderByAgeDescendingWhenSortIsMinusAge()
    {
        var body = await GetJsonAsync("/api/v1/candidacies?sort=-age&pageSize=200");

        var ages = Items(body).Select(i => i.GetProperty("age").GetInt32()).ToList();
        Assert.That(ages, Is.Ordered.Descending);
    }

    [Test]
    public async Task ShouldPageWithoutRepeatsWhenSortedByActor()
    {
        var ids = new List<string?>();
        for (var page = 1; page <= 3; page++)
        {
            var body = await GetJsonAsync($"/api/v1/candidacies?sort=actor&pageSize=5&page={page}");
            ids.AddRange(Items(body).Select(i => i.GetProperty("id").GetString()));
        }

        Assert.That(ids, Has.Count.EqualTo(12).And.Unique);
    }

    [Test]
    public async Task ShouldFindNoneWhenFilterMatchesNothing()
    {
        var district = await GetJsonAsync("/api/v1/candidacies?district=federal-05-01");
        var substituted = await GetJsonAsync("/api/v1/candidacies?status=substituted");
        var education = await GetJsonAsync("/api/v1/candidacies?education=doctorado&affirmativeAction=true");

        Assert.That(new[] { district, substituted, education }.Select(b => b.GetProperty("total").GetInt32()),
            Is.All.Zero);
    }

    [TestCase("sex=female", "sex")]
    [TestCase("ageMin=10", "ageMin")]
    [TestCase("ageMin=50&ageMax=40", "ageMax")]
    [TestCase("ageMax=old", "ageMax")]
    [TestCase("education=phd", "education")]
    [TestCase("affirmativeAction=yes", "affirmativeAction")]
    [TestCase("status=draft", "status")]
    [TestCase("sort=height", "sort")]
    [TestCase("district=local-5-1", "district")]
    [TestCase("municipality=5030", "municipality")]
    [TestCase("role=boss", "role")]
    [TestCase("principle=xx", "principle")]
    public async Task ShouldAnswer400NamingFilterWhenValueIsBad(string query, string parameter)
    {
        await ProblemAssert.NamesParameterAsync(await Client.GetAsync($"/api/v1/candidacies?{query}"), parameter);
    }

    private static IEnumerable<JsonElement> Items(JsonElement body) => body.GetProperty("items").EnumerateArray();
}
