namespace Conoceles.Bench.Seeder;

using Bogus;
using Conoceles.Domain.Candidacies;

/// <summary>The curricular and identity sections of an invented candidacy, in Spanish.</summary>
public sealed class SyntheticQuestionnaire(Faker faker)
{
    private static readonly string[] Professions =
    [
        "docente de educación básica", "abogada litigante", "médico general", "ingeniera civil",
        "contador público", "productor agrícola", "comerciante", "enfermera", "arquitecto", "periodista",
    ];

    private static readonly string[] Proposals =
    [
        "Ampliar el horario de los centros de salud comunitarios.",
        "Rehabilitar caminos rurales y calles con participación vecinal.",
        "Becas de transporte para estudiantes de preparatoria.",
        "Presupuesto abierto y consultable en línea cada trimestre.",
        "Programa de agua potable para colonias sin red.",
        "Apoyo a pequeños productores para vender sin intermediarios.",
        "Iluminación y vigilancia en paraderos de transporte público.",
    ];

    private static readonly (EducationLevel Level, string Label)[] Levels =
    [
        (EducationLevel.Preparatoria, "Preparatoria"), (EducationLevel.Licenciatura, "Licenciatura"),
        (EducationLevel.Maestria, "Maestría"), (EducationLevel.Doctorado, "Doctorado"),
        (EducationLevel.TecnicoSuperior, "Técnico superior universitario"),
    ];

    private static readonly string[] Answers = ["Sí", "No", "No", "No", IdentityAnswer.PreferNotToSay];

    public Candidacy Fill(Candidacy candidacy, int serial)
    {
        var level = faker.PickRandom(Levels);
        return candidacy with
        {
            Contact = new Contact([], [faker.Phone.PhoneNumber("55 #### ####")],
                [$"candidatura{serial}@ejemplo.invalid"], null, []),
            Education = new Education(level.Level, EducationStatus.Titulo, level.Label, "Título", []),
            ProfessionalHistory = $"{faker.Random.Int(2, 35)} años como {faker.PickRandom(Professions)} " +
                $"en {faker.Address.City()}. Persona ficticia para pruebas de carga.",
            PoliticalTrajectory = faker.Random.Bool(0.6f) ? "Integrante de un comité vecinal ficticio." : null,
            Motivation = "Texto inventado: no corresponde a ninguna persona real.",
            Proposals = faker.PickRandom(Proposals, faker.Random.Int(1, 4)).ToList(),
            GenderProposal = faker.Random.Bool(0.7f) ? "Paridad en los cargos de la administración." : null,
            Identity = faker.Random.Bool(0.4f) ? Identity(candidacy.Age) : [],
            AffirmativeAction = faker.Random.Bool(0.1f),
        };
    }

    private List<IdentityAnswer> Identity(int? age) =>
    [
        new(1, faker.PickRandom(Answers), null),
        new(4, faker.PickRandom(Answers), null),
        new(8, faker.PickRandom(Answers), null),
        new(9, faker.PickRandom(Answers), null),
        new(16, age < 30 ? "Sí" : "No", null),
        new(17, age >= 60 ? "Sí" : "No", null),
    ];
}
