namespace Conoceles.Application.Imports;

/// <summary>Which export to import for each dataset, its layout and its processes.</summary>
public sealed record Manifest(IReadOnlyList<DatasetSpec> Datasets);

/// <param name="File">Path relative to the manifest's folder; also the dataset's identity.</param>
/// <param name="SplitBy">Column whose value picks the process (matched against ProcessSpec.Match).</param>
/// <param name="Office">The office of every row, for layouts whose file holds one office.</param>
public sealed record DatasetSpec(
    string File,
    string Layout,
    string Publisher,
    string? SplitBy,
    string? Office,
    IReadOnlyList<ProcessSpec> Processes);

public sealed record ProcessSpec(
    string Key,
    string Name,
    string? State,
    DateOnly? ElectionDay,
    string TimeZone,
    string? Match);
