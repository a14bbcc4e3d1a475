namespace Conoceles.Infrastructure.Import.Layouts;

using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Import.Mapping;
using Conoceles.Infrastructure.Import.Tabular;

/// <summary>
/// INE's list of tickets (2024 federal deputies): one row is one ticket, its owner and its
/// substitute, each with a link to a curriculum PDF. The office is the dataset's.
/// </summary>
internal sealed class IneTicketListReader(ImportServices services) : ILayoutReader
{
    public const string Layout = "ine-ticket-list";

    public IReadOnlyCollection<string> Layouts { get; } = [Layout];

    public ImportBatch Read(string path, DatasetSpec dataset) => Read(TabularFile.Read(path), dataset);

    public ImportBatch Read(TabularBook book, DatasetSpec dataset)
    {
        var session = services.Begin(dataset.File);
        var sheet = book.Sheets[0];
        sheet.Columns.Require(sheet.Name, "Entidad", "Distrito", "Actor Político", "Persona Propietaria");
        var process = ProcessMatcher.Single(dataset);
        var office = session.Fields.Office(1, dataset.Office);
        var positions = new PositionalKeys();

        var candidacies = new List<ImportedCandidacy>();
        foreach (var row in sheet.Views())
        {
            // The ticket's shared fields; each person's name is set below.
            var area = Area(session, row, process);
            var draft = DraftFactory.New(session, row.Number, string.Empty, office, area);
            var ticketKey = $"row:{row.Number}";
            var actor = session.Actor(row.Number, row.Text("Actor Político"), ticketKey);
            var sourceKey = positions.Next(draft, actor);
            candidacies.AddRange(People(session, row, draft)
                .Select(p => new ImportedCandidacy(row.Number, process.Key, sourceKey, ticketKey, actor, p)));
        }

        return session.Finish(dataset.Publisher, sheet.Rows.Count, candidacies);
    }

    private static Area Area(ImportSession session, RowView row, ProcessSpec process)
    {
        var entity = row.Text("Entidad");
        var state = session.Areas.StateCode(row.Number, process.State, entity);
        var district = row.Area("Distrito");
        var part = district is null ? null : session.Areas.District(row.Number, "federal", state, district);

        // Without a state code, only the label tells apart district 3 of two states.
        if (state is null && part is not null && entity is not null)
            part = part with { Label = $"{entity}, {part.Label}" };

        return session.Areas.Compose(state, entity, part, null, null);
    }

    private static IEnumerable<Candidacy> People(ImportSession session, RowView row, Candidacy ticket)
    {
        (TicketRole Role, string Name, string Curriculum)[] people =
        [
            (TicketRole.Owner, "Persona Propietaria", "CurriculumV Persona propietaria"),
            (TicketRole.Substitute, "Persona Suplente", "CurriculumV Persona Suplente"),
        ];
        foreach (var (role, nameColumn, curriculumColumn) in people)
        {
            if (row.Text(nameColumn) is not { } name)
            {
                session.Warn(row.Number, $"no {nameColumn}; that candidacy is not imported");
                continue;
            }

            yield return ticket with
            {
                Name = name,
                Role = role,
                CurriculumUrl = UrlText.Encode(row.Text(curriculumColumn)),
            };
        }
    }
}
