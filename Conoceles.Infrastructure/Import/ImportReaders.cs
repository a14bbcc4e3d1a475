namespace Conoceles.Infrastructure.Import;

using Conoceles.Application.Geography;
using Conoceles.Application.Imports;
using Conoceles.Infrastructure.Catalogs;
using Conoceles.Infrastructure.Import.Layouts;
using Conoceles.Infrastructure.Import.Mapping;
using Conoceles.Infrastructure.Import.Vocabulary;

/// <summary>Builds the dataset readers without a container (scripts, tests).</summary>
public static class ImportReaders
{
    /// <summary>The reader of every known layout.</summary>
    /// <param name="geography">INEGI catalogue; an empty one keeps areas as text.</param>
    /// <param name="parties">Party catalogue; optional.</param>
    /// <param name="aliasFolder">The alias tables; default: <c>Aliases</c> beside the app.</param>
    public static IDatasetReader Create(
        IGeographyCatalog geography, PartyCatalog? parties = null, string? aliasFolder = null) =>
        Create(new ImportServices(
            ImportVocabulary.Load(aliasFolder), geography, parties ?? PartyCatalog.Empty));

    /// <summary>Reads the catalogues from <paramref name="catalogFolder"/> (absent: empty).</summary>
    public static IDatasetReader Create(string catalogFolder, string? aliasFolder = null) =>
        Create(GeographyCatalog.Load(catalogFolder, aliasFolder), PartyCatalog.Load(catalogFolder), aliasFolder);

    public static IManifestReader Manifests() => new ManifestReader();

    internal static IDatasetReader Create(ImportServices services) =>
        new CompositeDatasetReader(
        [
            new IneExportReader(services), new IneTicketListReader(services),
            new IecmCurricularReader(services), new IepacExportReader(services),
        ]);
}
