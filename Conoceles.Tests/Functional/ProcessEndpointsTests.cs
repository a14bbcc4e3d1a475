namespace Conoceles.Tests.Functional;

using System.Net;
using Conoceles.Application.Imports;
using Conoceles.Tests.Support;

public sealed class ProcessEndpointsTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task ShouldListDemoProcessWithItsCountWhenSeeded()
    {
        var body = await GetJsonAsync("/api/v1/processes");

        var process = body.GetProperty("items").EnumerateArray().Single();
        Assert.That(process.GetProperty("key").GetString(), Is.EqualTo(DemoData.ProcessKey));
        Assert.That(process.GetProperty("isDemo").GetBoolean(), Is.True);
        Assert.That(process.GetProperty("candidacyCount").GetInt32(), Is.EqualTo(DemoData.Plan().Candidacies.Count));
    }

    [Test]
    public async Task ShouldFindProcessByKeyAndByIdWhenEitherIsGiven()
    {
        var byKey = await GetJsonAsync($"/api/v1/processes/{DemoData.ProcessKey}");
        var id = byKey.GetProperty("id").GetString();

        var byId = await GetJsonAsync($"/api/v1/processes/{id}");

        Assert.That(byId.GetProperty("key").GetString(), Is.EqualTo(DemoData.ProcessKey));
        Assert.That(byKey.GetProperty("timeZone").GetString(), Is.EqualTo("America/Monterrey"));
    }

    [Test]
    public async Task ShouldAnswer404ProblemWhenProcessIsUnknown()
    {
        var response = await Client.GetAsync("/api/v1/processes/no-such-process");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }
}
