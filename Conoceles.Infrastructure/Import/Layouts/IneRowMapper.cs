namespace Conoceles.Infrastructure.Import.Layouts;

using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Import.Mapping;
using Conoceles.Infrastructure.Import.Tabular;

/// <summary>One row of INE's CANDIDATOS sheet → one candidacy (DOMAIN.md section 12).</summary>
internal sealed class IneRowMapper(ImportSession session, IneIdentityIndex identity)
{
    private readonly PositionalKeys positions = new();

    public ImportedCandidacy Map(RowView row, ProcessSpec process)
    {
        var state = session.Areas.StateCode(row.Number, process.State, row.Text("ENTIDAD"));
        var office = session.Fields.Office(row.Number, row.Text("CARGO"));
        var name = row.Text("NOMBRE_CANDIDATO");
        var draft = DraftFactory.New(session, row.Number, name, office, Area(row, state)).WithSections(row);

        // A registration number, not a list position: it names the ticket across the file.
        var number = row.Text("NUM_LISTA_O_FORMULA");
        var actor = session.Actor(row.Number, row.Text("PARTIDO_COALICION"), number ?? $"row:{row.Number}");
        var role = row.Text("TIPO_CANDIDATO");
        draft = draft with
        {
            TicketNumber = number,
            Role = session.Fields.Role(row.Number, role),
            Sex = session.Fields.Sex(row.Number, row.Text("SEXO")),
            Age = session.Fields.Age(row.Number, row.Text("EDAD")),
            Contact = Contact(row),
            Education = session.Fields.Education(
                row.Number, row.Text("ESCOLARIDAD"), row.Text("ESTATUS_ESCOLARIDAD"),
                session.Fields.OtherStudies(row.Text("CURSOS"))),
            Identity = Identity(row, number, role, draft.Name),
        };

        if (number is null)
            session.Warn(row.Number, "no NUM_LISTA_O_FORMULA; keyed by position");

        var sourceKey = number ?? positions.Next(draft, actor);
        return new ImportedCandidacy(row.Number, process.Key, sourceKey, number, actor, draft);
    }

    private Area Area(RowView row, string? state)
    {
        var district = row.Area("DISTRITO LOCAL", "DISTRITOLOCAL");
        var municipality = row.Area("MUNICIPIO");
        return session.Areas.Compose(
            state,
            row.Text("ENTIDAD"),
            district is null ? null : session.Areas.District(row.Number, "local", state, district),
            municipality is null ? null : session.Areas.Municipality(row.Number, state, municipality),
            session.Areas.Constituency(row.Number, row.Area("CIRCUNSCRIPCION")));
    }

    private static Contact Contact(RowView row) => ContactBuilder.Build(
        row.Text("DIRECCION_CASA_CAMPAÑA"),
        row.Text("TELEFONO"),
        row.Text("CORREO_ELECTRONICO"),
        row.Text("PAGINA_WEB"),
        SocialLinks.FromList(row.Text("REDES")));

    private IReadOnlyList<IdentityAnswer> Identity(RowView row, string? number, string? role, string name)
    {
        if (!identity.Present)
            return [];

        var answers = identity.Take(row.Number, number, role, name);
        if (answers is null)
            session.Warn(row.Number, $"no identity row for ticket {number}, {role} {name}");

        return answers ?? [];
    }
}
