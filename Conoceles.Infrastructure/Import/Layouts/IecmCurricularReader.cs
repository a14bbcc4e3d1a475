namespace Conoceles.Infrastructure.Import.Layouts;

using Conoceles.Application.Imports;
using Conoceles.Infrastructure.Import.Mapping;
using Conoceles.Infrastructure.Import.Tabular;

/// <summary>
/// Mexico City's curricular database (IECM 2024): the principle inside CARGO, the alcaldía in
/// DISTRITO LOCAL for mayors and councils, TITULAR for owner, no sex, age or identity answers.
/// </summary>
internal sealed class IecmCurricularReader(ImportServices services) : ILayoutReader
{
    public const string Layout = "iecm-curricular";

    public IReadOnlyCollection<string> Layouts { get; } = [Layout];

    public ImportBatch Read(string path, DatasetSpec dataset) => Read(TabularFile.Read(path), dataset);

    public ImportBatch Read(TabularBook book, DatasetSpec dataset)
    {
        var session = services.Begin(dataset.File);
        var sheet = book.Sheets[0];
        sheet.Columns.Require(sheet.Name, "NOMBRE_CANDIDATO", "PARTIDO_COALICION", "CARGO", "TIPO_CANDIDATO");
        var process = ProcessMatcher.Single(dataset);
        var mapper = new IecmRowMapper(session, process);

        var candidacies = sheet.Views().Select(mapper.Map).ToList();
        return session.Finish(dataset.Publisher, sheet.Rows.Count, candidacies);
    }
}
