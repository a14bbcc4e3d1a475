namespace Conoceles.Tests.Support;

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>
/// Calls every GET operation of the generated OpenAPI document, once bare and once with each
/// documented query parameter, using example values by parameter name.
/// </summary>
public static partial class ApiExercise
{
    public static async Task CallEveryGetOperationAsync(HttpClient client)
    {
        var examples = await ExamplesAsync(client);
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get))
                continue;

            var url = PathParameter().Replace(path.Name, m => Example(examples, m.Groups[1].Value));
            await client.GetAsync(url);
            if (!get.TryGetProperty("parameters", out var parameters))
                continue;

            foreach (var p in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query"))
            {
                var name = p.GetProperty("name").GetString()!;
                await client.GetAsync($"{url}?{name}={Uri.EscapeDataString(Example(examples, name))}");
            }
        }
    }

    private static async Task<Dictionary<string, string>> ExamplesAsync(HttpClient client)
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/candidacies?pageSize=1");
        var first = list.GetProperty("items")[0];
        return new Dictionary<string, string>
        {
            ["process"] = first.GetProperty("processKey").GetString()!,
            ["id"] = first.GetProperty("id").GetString()!,
            ["actor"] = first.GetProperty("actor").GetProperty("id").GetString()!,
            ["office"] = first.GetProperty("office").GetString()!,
            ["state"] = "05", ["municipality"] = "05030", ["district"] = "local-05-01", ["kind"] = "local",
            ["q"] = "munoz garcia", ["page"] = "1", ["pageSize"] = "5", ["principle"] = "mr",
            ["role"] = "owner", ["sex"] = "woman", ["ageMin"] = "30", ["ageMax"] = "60",
            ["education"] = "licenciatura", ["affirmativeAction"] = "false", ["status"] = "published",
            ["sort"] = "-age", ["documentName"] = "v1", ["layout"] = "ine",
        };
    }

    private static string Example(Dictionary<string, string> examples, string name) =>
        examples.TryGetValue(name, out var value)
            ? value
            : throw new InvalidOperationException($"Give parameter '{name}' an example value in ApiExercise.");

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex PathParameter();
}
