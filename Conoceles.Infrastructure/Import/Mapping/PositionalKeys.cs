namespace Conoceles.Infrastructure.Import.Mapping;

using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Import.Text;

/// <summary>
/// Keys for rows without a registration number of their own: the row's position among the
/// rows of the same office, area and actor, which stays the same when the same file is read
/// again and does not shift when another contest gains a row.
/// </summary>
internal sealed class PositionalKeys
{
    private readonly Dictionary<string, int> seen = [];

    /// <summary>"{office}/{area}/{actor}/row:{n}".</summary>
    public string Next(Candidacy draft, ImportedActor actor)
    {
        var scope = Scope(draft, actor);
        var n = seen[scope] = seen.GetValueOrDefault(scope) + 1;
        return $"{scope}/row:{n}";
    }

    /// <summary>
    /// The office, area and actor of a candidacy, as one string. Numbers that repeat across
    /// contests (list positions) are prefixed with it so that they name one ticket in the file.
    /// </summary>
    public static string Scope(Candidacy draft, ImportedActor actor)
    {
        var office = draft.Office ?? Fold.Key(draft.OfficeAsPublished ?? string.Empty);
        return $"{office}/{AreaKey(draft.Area)}/{actor.Key}";
    }

    /// <summary>The area's codes; its folded label where it has no district or municipality code.</summary>
    public static string AreaKey(Area area)
    {
        var place = area.District ?? area.Municipality ?? Fold.Key(area.Label ?? string.Empty);
        return area.Constituency is { } c ? $"{area.State}:{place}:c{c}" : $"{area.State}:{place}";
    }
}
