namespace Conoceles.Infrastructure.Import.Layouts;

using System.Globalization;
using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Import.Mapping;
using Conoceles.Infrastructure.Import.Tabular;
using Conoceles.Infrastructure.Import.Text;

/// <summary>One row of IECM's curricular database → one candidacy.</summary>
internal sealed class IecmRowMapper(ImportSession session, ProcessSpec process)
{
    // Offices elected city-wide: DISTRITO LOCAL names the city (or "Diputación Migrante").
    private static readonly HashSet<string> CityWide =
        [Offices.JefaturaDeGobierno, Offices.DiputacionMigrante, Offices.Gubernatura];

    private readonly PositionalKeys positions = new();

    public ImportedCandidacy Map(RowView row)
    {
        var office = session.Fields.Office(row.Number, row.Text("CARGO"));
        var name = row.Text("NOMBRE_CANDIDATO");
        var draft = DraftFactory.New(session, row.Number, name, office, Area(row, office)).WithSections(row);

        // The number is a list position on RP lists and a ticket number elsewhere; either way
        // it repeats across alcaldías and actors, so the ticket key carries office, area and actor.
        var number = row.Text("NUM_LISTA_O_FORMULA");
        var proportional = office.Principle == Principle.Proportional;
        // TODO(#2): an independent without NUM_LISTA_O_FORMULA is scoped by office and area only,
        // so two such independent tickets in one contest would share an actor.
        var scope = $"{office.Code ?? office.AsPublished}/{PositionalKeys.AreaKey(draft.Area)}/{number}";
        var actor = session.Actor(row.Number, row.Text("PARTIDO_COALICION"), scope);
        draft = draft with
        {
            Role = session.Fields.Role(row.Number, row.Text("TIPO_CANDIDATO")),
            TicketNumber = proportional ? null : number,
            ListPosition = proportional ? Position(number) : null,
            Contact = IecmContact.Build(session, row),
            Education = session.Fields.Education(
                row.Number, row.Text("ESCOLARIDAD"), row.Text("ESTATUS_ESCOLARIDAD"), OtherStudies(row)),
        };

        if (number is null)
        {
            var position = positions.Next(draft, actor);
            return new ImportedCandidacy(row.Number, process.Key, position, null, actor, draft);
        }

        var kind = proportional ? "list" : "formula";
        var ticketKey = $"{PositionalKeys.Scope(draft, actor)}/{kind}:{number}";
        return new ImportedCandidacy(row.Number, process.Key, ticketKey, ticketKey, actor, draft);
    }

    private Area Area(RowView row, OfficeValue office)
    {
        var state = process.State;
        var place = row.Area("DISTRITO LOCAL");
        var constituency = session.Areas.Constituency(row.Number, row.Area("CIRCUNSCRIPCION"));
        var stateLabel = session.Areas.StateLabel(state, null);
        var cityWide = CityWide.Contains(office.Code ?? string.Empty);
        if (place is null || cityWide || Fold.Key(place) == Fold.Key(stateLabel))
            return session.Areas.Compose(state, null, null, null, constituency);

        if (Fold.Key(place).StartsWith("distrito", StringComparison.Ordinal))
        {
            var district = session.Areas.District(row.Number, "local", state, place);
            return session.Areas.Compose(state, null, district, null, constituency);
        }

        var alcaldia = session.Areas.Municipality(row.Number, state, place);
        return session.Areas.Compose(state, null, null, alcaldia, constituency);
    }

    private static int? Position(string? number) =>
        int.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private IReadOnlyList<string> OtherStudies(RowView row) =>
        session.Fields.OtherStudies(
            Enumerable.Range(1, 10).Select(i => row.Text($"Formación académica {i}")).ToArray());
}
