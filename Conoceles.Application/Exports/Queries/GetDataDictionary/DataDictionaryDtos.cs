namespace Conoceles.Application.Exports.Queries.GetDataDictionary;

public sealed record DictionaryColumnDto(string Name, string Type, string Description);

public sealed record DictionaryFileDto(
    string Layout, string File, string Sheet, string ListSeparator, IReadOnlyList<DictionaryColumnDto> Columns);

/// <summary>A Frictionless Data Package (profile data-package) describing the CSV files.</summary>
public sealed record DataPackageDto(
    string Profile, string Name, string Title, string Description, IReadOnlyList<DataResourceDto> Resources);

public sealed record DataResourceDto(
    string Name, string Path, string Profile, string Format, string Mediatype, string Encoding,
    DataSchemaDto Schema);

public sealed record DataSchemaDto(IReadOnlyList<DataFieldDto> Fields);

public sealed record DataFieldDto(string Name, string Type, string Description);
