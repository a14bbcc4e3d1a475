namespace Conoceles.Bench.Seeder;

using Conoceles.Domain.Candidacies;

/// <summary>One seat being contested: an office in an area.</summary>
public sealed record Contest(string Office, string OfficeAsPublished, Area Area);

/// <summary>
/// The contests of the synthetic process in every state: governor and senate statewide, ten
/// federal districts, twenty local districts and 125 municipalities.
/// </summary>
public static class BenchContests
{
    public const int States = 32;

    public const int FederalDistricts = 10;

    public const int LocalDistricts = 20;

    public const int Municipalities = 125;

    public static IEnumerable<Contest> All()
    {
        for (var s = 1; s <= States; s++)
        {
            var state = s.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            foreach (var contest in OfState(state))
                yield return contest;
        }
    }

    private static IEnumerable<Contest> OfState(string state)
    {
        var statewide = new Area(state, null, null, null, $"Entidad {state}");
        yield return new Contest(Offices.Gubernatura, "Gubernatura", statewide);
        yield return new Contest(Offices.Senaduria, "Senaduría MR", statewide);
        for (var d = 1; d <= FederalDistricts; d++)
        {
            var area = new Area(state, Area.DistrictCode("federal", state, d), null, null, $"Distrito federal {d}");
            yield return new Contest(Offices.DiputacionFederal, "Diputación federal MR", area);
        }

        for (var d = 1; d <= LocalDistricts; d++)
        {
            var area = new Area(state, Area.DistrictCode("local", state, d), null, null, $"Distrito local {d}");
            yield return new Contest(Offices.DiputacionLocal, "Diputación local MR", area);
        }

        for (var m = 1; m <= Municipalities; m++)
        {
            var area = new Area(state, null, $"{state}{m:000}", null, $"Municipio {m}");
            yield return new Contest(Offices.PresidenciaMunicipal, "Presidencia municipal", area);
        }
    }
}
