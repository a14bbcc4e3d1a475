namespace Conoceles.Tests.Functional;

public sealed class OperationsEndpointsTests(string provider) : ApiTestBase(provider)
{
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task ShouldBeHealthyWhenDatabaseIsMigrated(string url)
    {
        var body = await GetJsonAsync(url);

        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task ShouldReportVersionWhenAsked()
    {
        var body = await GetJsonAsync("/version");

        Assert.That(body.GetProperty("version").GetString(), Does.Match(@"^\d+\.\d+\.\d+"));
        Assert.That(body.TryGetProperty("commit", out _), Is.True);
        Assert.That(body.TryGetProperty("buildTime", out _), Is.True);
    }

    [Test]
    public async Task ShouldListEveryCatalogWithSpanishLabelsWhenAsked()
    {
        var body = await GetJsonAsync("/api/v1/catalogs");

        var catalogs = body.GetProperty("items").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!,
            c => c.GetProperty("entries").EnumerateArray().ToDictionary(
                e => e.GetProperty("code").GetString()!, e => e.GetProperty("label").GetString()));
        Assert.That(catalogs["sex"]["non-binary"], Is.EqualTo("No binario"));
        Assert.That(catalogs["office"]["diputacion-local"], Is.EqualTo("Diputación local"));
        Assert.That(catalogs["principle"].Keys, Is.EquivalentTo(new[] { "mr", "rp" }));
    }

    [Test]
    public async Task ShouldServeSwaggerUiWhenAsked()
    {
        var response = await Client.GetAsync("/swagger/index.html");

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }
}
