namespace Conoceles.Infrastructure.Import.Layouts;

using Conoceles.Application.Imports;
using Conoceles.Infrastructure.Import.Mapping;
using Conoceles.Infrastructure.Import.Tabular;

/// <summary>
/// Yucatán's export (IEPAC 2024): curricular data and the identity questions in one sheet.
/// Its DISTRITO FEDERAL column holds the local district and DISTRITO LOCAL the municipality;
/// there is no owner/substitute column.
/// </summary>
internal sealed class IepacExportReader(ImportServices services) : ILayoutReader
{
    public const string Layout = "iepac-export";

    public IReadOnlyCollection<string> Layouts { get; } = [Layout];

    public ImportBatch Read(string path, DatasetSpec dataset) => Read(TabularFile.Read(path), dataset);

    public ImportBatch Read(TabularBook book, DatasetSpec dataset)
    {
        var session = services.Begin(dataset.File);
        var sheet = book.Sheets[0];
        sheet.Columns.Require(sheet.Name, "NOMBRE_CANDIDATO", "PARTIDO_COALICION", "CARGO");
        var mapper = new IepacRowMapper(session, ProcessMatcher.Single(dataset));

        var candidacies = sheet.Views().Select(mapper.Map).ToList();
        return session.Finish(dataset.Publisher, sheet.Rows.Count, candidacies);
    }
}
