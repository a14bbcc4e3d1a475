namespace Conoceles.Tests.Functional;

using System.Net.Http.Json;
using System.Text.Json;
using Conoceles.Application.Imports;
using Conoceles.Tests.Support;

/// <summary>One API with the fictitious demo data set, shared by the tests of a fixture, on each engine.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public abstract class ApiTestBase(string provider)
{
    protected ApiFactory Factory { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartApi()
    {
        Factory = await TestDatabases.CreateFactoryAsync(provider);
        Client = Factory.CreateClient();
        await Factory.SeedAsync(DemoData.Plan());
    }

    [OneTimeTearDown]
    public void StopApi()
    {
        Client?.Dispose();
        Factory?.Dispose();
    }

    protected async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), url);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
