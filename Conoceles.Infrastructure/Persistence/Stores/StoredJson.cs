namespace Conoceles.Infrastructure.Persistence.Stores;

using System.Text.Encodings.Web;
using System.Text.Json;

/// <summary>How list-valued sections are kept in text columns.</summary>
internal static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static IReadOnlyList<string> Strings(string json) =>
        JsonSerializer.Deserialize<List<string>>(json, Options) ?? [];
}
