namespace Conoceles.Tests.Unit.Import.Support;

using Conoceles.Application.Imports;
using Conoceles.Infrastructure.Catalogs;
using Conoceles.Infrastructure.Import.Mapping;
using Conoceles.Infrastructure.Import.Tabular;
using Conoceles.Infrastructure.Import.Vocabulary;

/// <summary>Invented sheets and datasets for the layout readers; no real person is in them.</summary>
internal static class Fixtures
{
    public static TabularSheet Sheet(string name, string csv) => CsvTabularReader.Read(csv, name);

    public static TabularBook Book(params TabularSheet[] sheets) => new(sheets);

    /// <summary>A one-sheet book, as a CSV file reads.</summary>
    public static TabularBook Book(Csv csv) => new([Sheet("Hoja1", csv.ToString())]);

    public static ImportServices Services(bool withCatalog = true) =>
        new(ImportVocabulary.Load(),
            withCatalog ? TinyCatalog.Geography : GeographyCatalog.Empty,
            withCatalog ? TinyCatalog.Parties : PartyCatalog.Empty);

    public static DatasetSpec Dataset(string layout, string? state = "31", string? office = null) =>
        new($"{layout}.xlsx", layout, "Instituto de prueba", null, office,
            [new ProcessSpec("test-2024", "Proceso de prueba", state, null, "America/Mexico_City", null)]);

    public static DatasetSpec SplitDataset(
        string layout, params (string Key, string Match, string State)[] processes) =>
        new($"{layout}.xls", layout, "Instituto de prueba", "ENTIDAD", null, processes
            .Select(p => new ProcessSpec(p.Key, p.Key, p.State, null, "America/Mexico_City", p.Match))
            .ToList());
}
