namespace Conoceles.Infrastructure.Import.Mapping;

using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;

/// <summary>
/// Gives "row:{n}" keys: a row's position among the rows of the same office, area and actor,
/// which stays the same when the same file is read again.
/// </summary>
internal sealed class PositionalKeys
{
    private readonly Dictionary<string, int> seen = [];

    public string Next(Candidacy draft, ImportedActor actor) => $"row:{Count(Scope(draft, actor))}";

    /// <summary>The office, area and actor of a candidacy, as one string.</summary>
    public static string Scope(Candidacy draft, ImportedActor actor) =>
        $"{draft.Office ?? draft.OfficeAsPublished}/{AreaKey(draft.Area)}/{actor.Key}";

    public static string AreaKey(Area area) =>
        $"{area.State}:{area.District}:{area.Municipality}:{area.Constituency}:{area.Label}";

    private int Count(string scope)
    {
        var n = seen.GetValueOrDefault(scope) + 1;
        seen[scope] = n;
        return n;
    }
}
