namespace Conoceles.Domain.Candidacies;

/// <summary>The short Spanish text of each identity question, for display.</summary>
public static class IdentityQuestions
{
    public static readonly IReadOnlyList<string> Texts =
    [
        "¿Se identifica como persona indígena o parte de un pueblo o comunidad indígena?",
        "¿Habla o entiende alguna lengua indígena nacional?",
        "¿A qué pueblo o comunidad indígena pertenece?",
        "¿Tiene alguna discapacidad?",
        "La discapacidad es permanente o temporal",
        "Tipo de discapacidad",
        "La discapacidad le dificulta o impide",
        "¿Se considera persona afromexicana o afrodescendiente?",
        "¿Es parte de la población LGBTTTIQ+?",
        "Se identifica como",
        "¿Es persona migrante?",
        "¿En qué país reside?",
        "¿Cuánto tiempo ha vivido en el extranjero?",
        "Motivo de la residencia en el extranjero",
        "Al emigrar, ¿tenía trabajo regular o lugar en una institución educativa?",
        "¿Es parte de la población joven (18 a 29 años)?",
        "¿Es parte de la población de personas mayores (60 años o más)?",
        "Grupo de ingreso mensual",
        "Fuente principal de ingresos",
        "Entidad federativa de nacimiento",
    ];

    public static string TextOf(int question) => Texts[question - 1];
}
