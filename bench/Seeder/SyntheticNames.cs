namespace Conoceles.Bench.Seeder;

using Bogus;
using Conoceles.Domain.Candidacies;

/// <summary>
/// Invented Mexican names, upper case as the institutes publish them: one or two given names and
/// two surnames. Bogus's es_MX locale has no gendered given names, so those come from the lists
/// below; surnames are Bogus's, mixed with a list with Ñ and accents so folding is exercised.
/// </summary>
public sealed class SyntheticNames(Faker faker)
{
    private static readonly string[] Women =
    [
        "María", "Guadalupe", "Sofía", "Ximena", "Begoña", "Inés", "Mónica", "Fernanda", "Itzel", "Lucía",
        "Verónica", "Araceli", "Beatriz", "Rocío", "Maricruz", "Yolanda", "Citlali", "Noemí", "Renata",
        "Dulce", "Azucena", "Leticia", "Belén", "Paulina", "Xóchitl", "Elena", "Natalia", "Regina",
    ];

    private static readonly string[] Men =
    [
        "José", "Juan", "Ángel", "Raúl", "Íñigo", "Joaquín", "Martín", "Héctor", "Rubén", "Efraín",
        "Julián", "Sebastián", "Iván", "Ramón", "Germán", "Cuauhtémoc", "Andrés", "Tomás", "Óscar",
        "Luis", "Carlos", "Jesús", "Fernando", "Emiliano", "Nicolás", "Adrián", "Abraham", "Jonás",
    ];

    private static readonly string[] AccentedSurnames =
    [
        "Peña", "Muñoz", "Núñez", "Ibáñez", "Zúñiga", "Castañeda", "Treviño", "Ordóñez", "Patiño",
        "Carreño", "Montaño", "Saldaña", "Gómez", "Martínez", "Hernández", "Pérez", "Sánchez", "Ramírez",
    ];

    public string For(Sex sex)
    {
        var names = sex switch
        {
            Sex.Woman => Women,
            Sex.Man => Men,
            _ => faker.Random.Bool() ? Women : Men,
        };
        var given = faker.PickRandom(names);
        if (faker.Random.Bool(0.3f))
            given = $"{given} {faker.PickRandom(names.Where(n => n != given).ToArray())}";

        return $"{given} {Surname()} {Surname()}".ToUpperInvariant();
    }

    private string Surname() =>
        faker.Random.Bool(0.3f) ? faker.PickRandom(AccentedSurnames) : faker.Name.LastName();
}
