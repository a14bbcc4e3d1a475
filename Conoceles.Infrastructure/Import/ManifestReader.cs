namespace Conoceles.Infrastructure.Import;

using System.Text.Json;
using Conoceles.Application.Imports;

/// <summary>Reads <c>manifest.json</c>: which file to import for each dataset, and its processes.</summary>
internal sealed class ManifestReader : IManifestReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public Manifest Read(string manifestPath)
    {
        using var stream = File.OpenRead(manifestPath);
        var manifest = JsonSerializer.Deserialize<Manifest>(stream, Options);
        if (manifest?.Datasets is not { Count: > 0 })
            throw new InvalidDataException($"'{manifestPath}' lists no datasets.");

        foreach (var dataset in manifest.Datasets)
        {
            if (string.IsNullOrWhiteSpace(dataset.File) || string.IsNullOrWhiteSpace(dataset.Layout)
                || dataset.Processes is not { Count: > 0 })
                throw new InvalidDataException(
                    $"'{manifestPath}': every dataset needs a file, a layout and at least one process.");
        }

        return manifest;
    }
}
