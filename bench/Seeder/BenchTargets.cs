namespace Conoceles.Bench.Seeder;

using Conoceles.Domain.Candidacies;
using Conoceles.Domain.Text;

/// <summary>
/// The URLs the benchmark requests, chosen while seeding: a profile with identity answers and an
/// accented name, a name search on two of its folded words, a filtered search and a ballot.
/// </summary>
public sealed class BenchTargets
{
    private const int SkipFirst = 4_000;

    private int _seen;
    private Candidacy? _profile;

    public void Consider(Candidacy owner)
    {
        if (_profile is not null || ++_seen < SkipFirst || owner.Identity.Count == 0)
            return;

        if (owner.Name.Any(c => c > 127) && owner.Office == Offices.DiputacionLocal)
            _profile = owner;
    }

    /// <summary>Shell assignments, single-quoted: the URLs hold ampersands.</summary>
    public IEnumerable<string> ToLines()
    {
        var profile = _profile ?? throw new InvalidOperationException("too few rows to choose a profile");
        var words = NameKeys.Words(profile.Name);
        yield return Line("PROFILE", $"/api/v1/candidacies/{profile.Id}");
        yield return Line("FILTERED", $"/api/v1/candidacies?process={SyntheticProcess.Key}" +
            $"&office={Offices.DiputacionLocal}&sex=woman&page=2");
        yield return Line("NAME", $"/api/v1/candidacies?q={words[0]}+{words[^2]}");
        yield return Line("BALLOT", $"/api/v1/contests?process={SyntheticProcess.Key}&district=federal-05-03");
        yield return Line("PROFILE_NAME", profile.Name);
    }

    private static string Line(string name, string value) =>
        $"{name}='{value.Replace("'", "", StringComparison.Ordinal)}'";
}
