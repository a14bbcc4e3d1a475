namespace Conoceles.Application.Imports;

using Conoceles.Domain.Candidacies;

/// <summary>
/// One candidacy as a layout reader understood it. <see cref="Draft"/> carries every field;
/// its Id, ProcessId and ActorId are left empty and filled by the import.
/// </summary>
/// <param name="SourceRow">1-based row of the sheet (header is row 1), for reports.</param>
/// <param name="ProcessKey">The process the row belongs to (manifest key).</param>
/// <param name="SourceKey">
/// The source's own key for the ticket: its registration or ticket number where it has one,
/// else "row:{n}" with the row's position among rows of the same office, area and actor.
/// </param>
/// <param name="TicketKey">Groups the people of one ticket; null where the partner is unknown.</param>
public sealed record ImportedCandidacy(
    int SourceRow,
    string ProcessKey,
    string SourceKey,
    string? TicketKey,
    ImportedActor Actor,
    Candidacy Draft);

/// <param name="Key">Identity of the actor within its process (independents: one per ticket).</param>
public sealed record ImportedActor(
    string Key,
    string Name,
    string? Abbreviation,
    ActorKind Kind,
    IReadOnlyList<string> PartyAbbreviations);
