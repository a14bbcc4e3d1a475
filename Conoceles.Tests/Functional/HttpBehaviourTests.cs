namespace Conoceles.Tests.Functional;

using System.Net;
using Conoceles.Application.Imports;
using Conoceles.Tests.Support;

public sealed class HttpBehaviourTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task ShouldAnswer304WhenIfNoneMatchEqualsETag()
    {
        var first = await Client.GetAsync("/api/v1/candidacies?pageSize=3");
        var etag = first.Headers.ETag;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/candidacies?pageSize=3");
        again.Headers.TryAddWithoutValidation("If-None-Match", etag!.Tag);
        var second = await Client.SendAsync(again);

        Assert.That(first.Headers.CacheControl?.Public, Is.True);
        Assert.That(first.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromSeconds(60)));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(await second.Content.ReadAsByteArrayAsync(), Is.Empty);
    }

    [Test]
    public async Task ShouldGiveDifferentETagsWhenBodiesDiffer()
    {
        var one = await Client.GetAsync("/api/v1/candidacies?pageSize=1");
        var two = await Client.GetAsync("/api/v1/candidacies?pageSize=2");

        Assert.That(one.Headers.ETag, Is.Not.Null);
        Assert.That(one.Headers.ETag, Is.Not.EqualTo(two.Headers.ETag));
    }

    [TestCase("/api/v1/candidacies?sex=x")]
    [TestCase("/api/v1/nothing")]
    [TestCase("/api/v1/candidacies/c_nobody")]
    public async Task ShouldAnswerProblemDetailsWithSecurityHeadersWhenTheRequestFails(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.That((int)response.StatusCode, Is.InRange(400, 404));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(response.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }));
    }

    [TestCase("/api/v1/exports/dictionary")]
    [TestCase("/api/v1/exports/datapackage.json")]
    public async Task ShouldSendETagAndCacheControlWhenExportMetadataIsRead(string url)
    {
        var response = await Client.GetAsync(url);

        Assert.That(response.Headers.ETag, Is.Not.Null);
        Assert.That(response.Headers.CacheControl?.Public, Is.True);
    }

    [Test]
    public async Task ShouldSendSecurityHeadersWhenAnswering()
    {
        var response = await Client.GetAsync("/api/v1/processes");

        Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(response.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }));
        Assert.That(response.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "no-referrer" }));
        Assert.That(response.Headers.Vary, Does.Contain("Origin"));
    }

    [Test]
    public async Task ShouldAllowConfiguredSpaOriginWhenCorsIsAsked()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/processes");
        request.Headers.Add("Origin", "http://127.0.0.1:5173");
        var allowed = await Client.SendAsync(request);
        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/v1/processes");
        other.Headers.Add("Origin", "http://evil.example");
        var refused = await Client.SendAsync(other);

        Assert.That(allowed.Headers.GetValues("Access-Control-Allow-Origin"),
            Is.EqualTo(new[] { "http://127.0.0.1:5173" }));
        Assert.That(refused.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    [TestCase("/api/v1/candidacies?page=1&page=2", "page")]
    [TestCase("/api/v1/contests?state=05&state=31", "state")]
    public async Task ShouldAnswer400WhenParameterIsRepeated(string url, string parameter)
    {
        await ProblemAssert.NamesParameterAsync(await Client.GetAsync(url), parameter);
    }

    [Test]
    public async Task ShouldAnswer400WhenValueIsOversized()
    {
        var response = await Client.GetAsync($"/api/v1/candidacies?actor={new string('x', 600)}");

        await ProblemAssert.NamesParameterAsync(response, "actor");
    }

    [Test]
    public async Task ShouldAnswer429WithRetryAfterWhenClientExceedsLimit()
    {
        using var limited = new ApiFactory { RateLimit = 3 };
        using var client = limited.CreateClient();
        await limited.SeedAsync(DemoData.Plan());

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
            answers.Add(await client.GetAsync("/api/v1/processes"));

        Assert.That(answers.Take(3).Select(a => a.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        var rejected = answers[^1];
        var problem = await ProblemAssert.IsProblemAsync(rejected, HttpStatusCode.TooManyRequests);
        Assert.That(rejected.Headers.RetryAfter, Is.Not.Null);
        Assert.That(problem.GetProperty("type").GetString(), Does.Contain("rfc6585"));
    }
}
