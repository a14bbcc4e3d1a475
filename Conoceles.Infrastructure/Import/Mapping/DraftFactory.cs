namespace Conoceles.Infrastructure.Import.Mapping;

using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Import.Tabular;

/// <summary>Starts a candidacy draft and fills the curricular sections every layout shares.</summary>
internal static class DraftFactory
{
    /// <summary>Ids are left empty: the import derives them from the candidacy's identity.</summary>
    public static Candidacy New(ImportSession session, int row, string? name, OfficeValue office, Area area)
    {
        if (name is null)
            session.Warn(row, "no candidate name");

        return new Candidacy
        {
            Id = string.Empty,
            ProcessId = string.Empty,
            ActorId = string.Empty,
            Name = name ?? string.Empty,
            Office = office.Code,
            OfficeAsPublished = office.AsPublished,
            Principle = office.Principle,
            Area = area,
        };
    }

    public static Candidacy WithSections(this Candidacy draft, RowView row) => draft with
    {
        ProfessionalHistory = row.Text("HISTORIA_PROFESIONAL"),
        PoliticalTrajectory = row.Text("TRAYECTORIA_POLITICA"),
        Motivation = row.Text("MOTIVO_CARGO_PUBLICO"),
        Proposals = new[] { row.Text("PROPUESTA_1"), row.Text("PROPUESTA_2") }.OfType<string>().ToList(),
        GenderProposal = row.Text("PROPUESTA_GENERO"),
    };
}
