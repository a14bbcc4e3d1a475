namespace Conoceles.Infrastructure.Import.Layouts;

using System.Globalization;
using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Import.Mapping;
using Conoceles.Infrastructure.Import.Tabular;

/// <summary>One row of IEPAC's export → one candidacy, its ticket partner unknown.</summary>
internal sealed class IepacRowMapper(ImportSession session, ProcessSpec process)
{
    private readonly PositionalKeys positions = new();

    public ImportedCandidacy Map(RowView row)
    {
        var office = session.Fields.Office(row.Number, row.Text("CARGO"), row.Text("Principio"));
        var name = row.Text("NOMBRE_CANDIDATO");
        var draft = DraftFactory.New(session, row.Number, name, office, Area(row)).WithSections(row);
        var listNumber = row.Text("Num lista");
        var actor = session.Actor(row.Number, row.Text("PARTIDO_COALICION"), $"row:{row.Number}");
        draft = draft with
        {
            Nickname = row.Text("Sobrenombre"),
            ListPosition = Position(row.Number, listNumber),
            Role = TicketRole.Unknown,
            Sex = session.Fields.Sex(row.Number, row.Text("SEXO")),
            Age = session.Fields.Age(row.Number, row.Text("EDAD")),
            AffirmativeAction = session.Fields.YesNo(
                row.Number, "Accion_Afirmativa", row.Text("Accion_Afirmativa")),
            Contact = Contact(row),
            Education = session.Fields.Education(
                row.Number, row.Text("ESCOLARIDAD"), row.Text("Estatus_de_estudios"),
                session.Fields.OtherStudies(row.Text("CURSOS"))),
            Identity = IdentityColumns.Read(row, session.Services.Vocabulary),
        };

        var sourceKey = draft.ListPosition is { } n
            ? $"{PositionalKeys.Scope(draft, actor)}/list:{n}"
            : positions.Next(draft, actor);
        return new ImportedCandidacy(row.Number, process.Key, sourceKey, null, actor, draft);
    }

    private Area Area(RowView row)
    {
        var state = process.State;
        var district = row.Area("DISTRITO FEDERAL");
        var municipality = row.Area("DISTRITO LOCAL");
        return session.Areas.Compose(
            state,
            row.Text("ENTIDAD"),
            district is null ? null : session.Areas.District(row.Number, "local", state, district),
            municipality is null ? null : session.Areas.Municipality(row.Number, state, municipality),
            null);
    }

    private int? Position(int row, string? published)
    {
        if (published is null)
            return null;

        if (int.TryParse(published, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            return n;

        session.Warn(row, $"list number '{published}' is not a number");
        return null;
    }

    private static Contact Contact(RowView row)
    {
        (string Column, SocialNetwork Network)[] networks =
        [
            ("facebook", SocialNetwork.Facebook), ("Twitter", SocialNetwork.X),
            ("Instagram", SocialNetwork.Instagram), ("YouTube", SocialNetwork.YouTube),
            ("Tiktok", SocialNetwork.TikTok),
        ];
        var links = networks
            .Select(n => (n.Network, Value: row.Text(n.Column)))
            .Where(n => n.Value is not null)
            .Select(n => new SocialLink(n.Network, n.Value!))
            .ToList();
        return ContactBuilder.Build(
            row.Text("DIRECCION_CASA_CAMPAÑA"), row.Text("TELEFONO"), row.Text("CORREO_ELECTRONICO"),
            row.Text("PAGINA_WEB"), links);
    }
}
