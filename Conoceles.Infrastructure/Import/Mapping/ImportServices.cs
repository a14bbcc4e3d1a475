namespace Conoceles.Infrastructure.Import.Mapping;

using Conoceles.Application.Geography;
using Conoceles.Infrastructure.Catalogs;
using Conoceles.Infrastructure.Import.Actors;
using Conoceles.Infrastructure.Import.Vocabulary;

/// <summary>What every layout reader consults: alias tables, geography and parties.</summary>
internal sealed class ImportServices(
    ImportVocabulary vocabulary, IGeographyCatalog geography, PartyCatalog parties)
{
    public ImportVocabulary Vocabulary { get; } = vocabulary;

    public IGeographyCatalog Geography { get; } = geography;

    public ActorParser Actors { get; } = new(vocabulary, parties);

    public PartyCatalog Parties { get; } = parties;

    public ImportSession Begin(string file) => new(file, this);
}
