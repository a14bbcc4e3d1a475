namespace Conoceles.Infrastructure.Import.Layouts;

using Conoceles.Application.Imports;
using Conoceles.Infrastructure.Import.Mapping;
using Conoceles.Infrastructure.Import.Tabular;

/// <summary>
/// INE's Conóceles export (2022): sheet CANDIDATOS with the curricular questionnaire, sheet
/// CUESTIONARIO IDENTIDAD with the identity one; several local processes split by ENTIDAD.
/// </summary>
internal sealed class IneExportReader(ImportServices services) : ILayoutReader
{
    public const string Layout = "ine-export";

    public IReadOnlyCollection<string> Layouts { get; } = [Layout];

    public ImportBatch Read(string path, DatasetSpec dataset) => Read(TabularFile.Read(path), dataset);

    public ImportBatch Read(TabularBook book, DatasetSpec dataset)
    {
        var session = services.Begin(dataset.File);
        var sheet = book.Sheet("CANDIDATOS") ?? book.Sheets[0];
        sheet.Columns.Require(sheet.Name, "CARGO", "ENTIDAD", "NUM_LISTA_O_FORMULA", "NOMBRE_CANDIDATO");
        var identitySheet = book.Sheet("CUESTIONARIO IDENTIDAD") ?? book.Sheets.Skip(1).FirstOrDefault();
        var identity = IneIdentityIndex.Build(session, identitySheet);
        var mapper = new IneRowMapper(session, identity);

        var candidacies = new List<ImportedCandidacy>();
        foreach (var row in sheet.Views())
        {
            var entity = row.Text(dataset.SplitBy ?? "ENTIDAD");
            if (ProcessMatcher.Match(dataset, entity) is not { } process)
            {
                session.Warn(row.Number, $"'{entity}' matches no process of the manifest; row not imported");
                continue;
            }

            candidacies.Add(mapper.Map(row, process));
        }

        identity.ReportUnpaired();
        return session.Finish(dataset.Publisher, sheet.Rows.Count, candidacies);
    }
}
