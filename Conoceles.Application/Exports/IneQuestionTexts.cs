namespace Conoceles.Application.Exports;

/// <summary>The twenty identity headers of INE's 2022 export, word for word (the last ends in a space).</summary>
public static class IneQuestionTexts
{
    public static IReadOnlyList<string> Headers { get; } =
    [
        "1. ¿Se identifica como una persona indígena o como parte de algún pueblo o comunidad indígena?",
        "2. ¿Habla y/o entiende alguna lengua indígena nacional?",
        "3. ¿A qué pueblo y/o comunidad indígena pertenece?",
        "4. ¿Tiene alguna discapacidad?",
        "5. En caso de haber respondido afirmativamente la pregunta anterior, El tipo de " +
            "discapacidad con el que vive es:",
        "6. En caso afirmativo, ¿de qué tipo?",
        "7. Su discapacidad le dificulta o impide:",
        "8. ¿Se considera una persona afromexicana o que forma parte de alguna comunidad afrodescendiente?",
        "9. ¿Es usted una persona de la población LGBTTTIQ+ (Lesbiana, Gay, Bisexual, Transgénero, " +
            "Travesti, Transexual, Intersexual, Queer, No Binaria, u otra)?",
        "10. En caso de haber respondido afirmativamente a la pregunta anterior, usted se identifica como:",
        "11. ¿Es usted migrante?",
        "12. ¿En qué país reside?",
        "13. ¿Cuánto tiempo ha vivido en el extranjero?",
        "14. ¿Cuál fue el motivo de la residencia en el extranjero?",
        "15. Cuando emigró, ¿se encontraba con una situación regular de trabajo o con un lugar " +
            "asegurado en alguna institución educativa del país extranjero?",
        "16. ¿Es parte de la población joven (entre 18 y 29 años)?",
        "17. ¿Es parte de la población de personas mayores (60 años o más)?",
        "18. ¿En cuál de los siguientes grupos de ingresos se encuentra?",
        "19. Su fuente principal de ingresos es:",
        "20. Entidad federativa de nacimiento: ",
    ];
}
