namespace Conoceles.Infrastructure.Import.Actors;

using System.Text.RegularExpressions;
using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Catalogs;
using Conoceles.Infrastructure.Import.Text;
using Conoceles.Infrastructure.Import.Vocabulary;

/// <summary>
/// Reads the political actor of a row (<c>PARTIDO_COALICION</c>, <c>Actor Político</c>):
/// "Nombre (SIGLA)", sigla chains, party names, named coalitions and independents.
/// </summary>
internal sealed partial class ActorParser(ImportVocabulary vocabulary, PartyCatalog parties)
{
    /// <param name="published">The cell after the cell rules.</param>
    /// <param name="ticketScope">
    /// Identifies the row's ticket within the file; only independents use it, since every
    /// independent ticket is its own actor.
    /// </param>
    /// <param name="known">False where the text matched no rule and was taken as a party.</param>
    public ImportedActor Parse(string published, string ticketScope, out bool known)
    {
        known = true;
        var alias = vocabulary.Actor(published);
        if (alias?.Kind == ActorKind.Independent)
            return new($"independent|{ticketScope}", published, null, ActorKind.Independent, []);

        if (alias is not null)
            return Actor(published, alias.Abbreviation, alias.Kind, alias.PartyAbbreviations);

        if (SiglaChain().IsMatch(published))
        {
            var siglas = published.Split('-', StringSplitOptions.TrimEntries);
            return Actor(published, published, ActorKind.Coalition, siglas);
        }

        if (NameWithSigla().Match(published) is { Success: true } named)
            return Party(published, named.Groups["sigla"].Value);

        if (parties.Find(published) is { } party)
            return Party(published, party.Abbreviation);

        known = false;
        return Party(published, null);
    }

    private static ImportedActor Party(string name, string? abbreviation) =>
        Actor(name, abbreviation, ActorKind.Party, abbreviation is null ? [] : [abbreviation]);

    private static ImportedActor Actor(
        string name, string? abbreviation, ActorKind kind, IReadOnlyList<string> members) =>
        new(Fold.Words(name), name, abbreviation, kind, members);

    [GeneratedRegex(@"^\p{Lu}{2,}(\s*-\s*\p{Lu}{2,})+$")]
    private static partial Regex SiglaChain();

    [GeneratedRegex(@"^.+?\s*\((?<sigla>[\p{Lu}\p{Nd}]{2,})\)$")]
    private static partial Regex NameWithSigla();
}
