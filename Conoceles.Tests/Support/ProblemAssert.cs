namespace Conoceles.Tests.Support;

using System.Net;
using System.Text.Json;

public static class ProblemAssert
{
    /// <summary>Asserts a problem+json answer with the status, and returns its body.</summary>
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.That(response.StatusCode, Is.EqualTo(status));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.That(body.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
        return body;
    }

    public static async Task NamesParameterAsync(HttpResponseMessage response, string parameter)
    {
        var body = await IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.That(body.GetProperty("errors").TryGetProperty(parameter, out _), Is.True,
            $"errors should name '{parameter}': {body}");
    }
}
