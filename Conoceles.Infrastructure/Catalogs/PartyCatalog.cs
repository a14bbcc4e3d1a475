namespace Conoceles.Infrastructure.Catalogs;

using Conoceles.Infrastructure.Import.Tabular;
using Conoceles.Infrastructure.Import.Text;

/// <param name="Abbreviation">The sigla; null where the catalogue does not give one.</param>
public sealed record PartyEntry(string? Abbreviation, string Name);

/// <summary>
/// The parties of <c>partidos_politicos.csv</c>, found by official name or sigla ignoring
/// accents and case. Optional: an absent file gives an empty catalogue.
/// </summary>
public sealed class PartyCatalog
{
    public const string FileName = "partidos_politicos.csv";

    private readonly Dictionary<string, PartyEntry> byKey = [];

    private PartyCatalog(IEnumerable<PartyEntry> parties)
    {
        foreach (var party in parties)
        {
            byKey.TryAdd(Fold.Key(party.Name), party);
            if (party.Abbreviation is not null)
                byKey.TryAdd(Fold.Key(party.Abbreviation), party);
        }
    }

    public static PartyCatalog Empty { get; } = new([]);

    public bool IsLoaded => byKey.Count > 0;

    public static PartyCatalog Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            return Empty;

        var sheet = CsvTabularReader.Read(File.ReadAllText(path), FileName);
        return new PartyCatalog(sheet.Views()
            .Where(r => r.Text("nombre_oficial") is not null)
            .Select(r => new PartyEntry(r.Text("sigla"), r.Text("nombre_oficial")!)));
    }

    public PartyEntry? Find(string nameOrAbbreviation) => byKey.GetValueOrDefault(Fold.Key(nameOrAbbreviation));
}
