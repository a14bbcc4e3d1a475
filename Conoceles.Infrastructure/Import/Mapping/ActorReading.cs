namespace Conoceles.Infrastructure.Import.Mapping;

using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;

internal static class ActorReading
{
    private const string Unnamed = "(actor político no indicado)";

    /// <summary>The row's actor; reported where it is missing or matched no rule.</summary>
    public static ImportedActor Actor(
        this ImportSession session, int row, string? published, string ticketScope)
    {
        if (published is null)
        {
            session.Warn(row, "no political actor given");
            return new ImportedActor("unnamed", Unnamed, null, ActorKind.Party, []);
        }

        var actor = session.Services.Actors.Parse(published, ticketScope, out var known);
        if (!known && session.Services.Parties.IsLoaded)
            session.Warn(row, $"political actor '{published}' is in no catalogue; taken as a party");

        return actor;
    }
}
