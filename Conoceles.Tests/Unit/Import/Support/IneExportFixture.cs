namespace Conoceles.Tests.Unit.Import.Support;

/// <summary>
/// INE's two sheets with invented people: a ticket with a substitute, a ticket with two owners
/// (one of them a substitute in the identity sheet), independents, and a state with no process.
/// </summary>
internal static class IneExportFixture
{
    private static readonly string[] Identifying =
    [
        "PARTIDO_COALICION", "CARGO", "ENTIDAD", "DISTRITO LOCAL", "CIRCUNSCRIPCION", "MUNICIPIO",
        "NUM_LISTA_O_FORMULA", "NOMBRE_CANDIDATO", "TIPO_CANDIDATO", "EDAD", "SEXO",
    ];

    private static readonly string[] Curricular =
    [
        .. Identifying, "DIRECCION_CASA_CAMPAÑA", "TELEFONO", "CORREO_ELECTRONICO", "PAGINA_WEB", "REDES",
        "ESCOLARIDAD", "ESTATUS_ESCOLARIDAD", "CURSOS", "HISTORIA_PROFESIONAL", "TRAYECTORIA_POLITICA",
        "MOTIVO_CARGO_PUBLICO", "PROPUESTA_1", "PROPUESTA_2", "PROPUESTA_GENERO",
    ];

    private static readonly string[] Questions =
    [
        .. Identifying.Select(h => h == "DISTRITO LOCAL" ? "DISTRITOLOCAL" : h),
        "1. ¿Se identifica como persona indígena?", "4. ¿Tiene alguna discapacidad?",
        "9. ¿Es parte de la población LGBTTTIQ+?", "16. ¿Es parte de la población joven?",
        "20. Entidad federativa de nacimiento: ",
    ];

    public static Csv Candidates() => new Csv(Curricular)
        .Row(Qroo("900001", "ANA PRUEBA UNO", "PROPIETARIA"), ("EDAD", "37"), ("SEXO", "MUJER"),
            ("CORREO_ELECTRONICO", "ana@example.org"), ("PAGINA_WEB", "No proporcionó"),
            ("REDES", "https://www.facebook.com/anaprueba, https://x.com/anaprueba, https://www.tiktok.com/@ana, " +
                "https://, linktr.ee/ana"), ("ESCOLARIDAD", "Licenciatura"), ("ESTATUS_ESCOLARIDAD", "Trunca"),
            ("CURSOS", "Sin cursos"), ("PROPUESTA_1", "Propuesta uno"), ("PROPUESTA_2", "Propuesta dos"),
            ("PROPUESTA_GENERO", "Propuesta de género"))
        .Row(Qroo("900001", "BEA PRUEBA DOS", "SUPLENTE"))
        .Row(Mayor("900002", "CARLA PRUEBA TRES"))
        .Row(Mayor("900002", "DORA PRUEBA CUATRO"))
        .Row(Governor("900003", "ELSA PRUEBA CINCO", "PROPIETARIA"))
        .Row(Governor("900003", "FABIOLA PRUEBA SEIS", "SUPLENTE"))
        .Row(Governor("900004", "GINA PRUEBA SIETE", "PROPIETARIA"))
        .Row(("PARTIDO_COALICION", "MORENA"), ("CARGO", "GUBERNATURA"), ("ENTIDAD", "CHIAPAS"),
            ("NUM_LISTA_O_FORMULA", "900005"), ("NOMBRE_CANDIDATO", "HILDA PRUEBA OCHO"),
            ("TIPO_CANDIDATO", "PROPIETARIA"));

    public static Csv Identity() => new Csv(Questions)
        .Row(Answers("900002", "DORA PRUEBA CUATRO", "SUPLENTE", "No", " ", " ", " ", " "))
        .Row(Answers("900001", "BEA PRUEBA DOS", "SUPLENTE", "SI", "No", "Prefiero no contestar", " ", "Quintana Roo"))
        .Row(Answers("900002", "CARLA PRUEBA TRES", "PROPIETARIA", " ", " ", " ", "Sí", " "))
        .Row(Answers("900001", "ANA PRUEBA UNO", "PROPIETARIA", " ", " ", " ", " ", " "))
        .Row(Answers("900003", "ELSA PRUEBA CINCO", "PROPIETARIA", " ", " ", " ", " ", " "))
        .Row(Answers("900003", "FABIOLA PRUEBA SEIS", "SUPLENTE", " ", " ", " ", " ", " "))
        .Row(Answers("900004", "GINA PRUEBA SIETE", "PROPIETARIA", " ", " ", " ", " ", " "));

    private static (string, string?)[] Qroo(string number, string name, string role) =>
        Ticket("VA POR QUINTANA ROO.", "DIPUTACIÓN LOCAL MR", "QUINTANA ROO", "2-CANCUN", "No aplica",
            number, name, role);

    private static (string, string?)[] Mayor(string number, string name) =>
        Ticket("MOVIMIENTO CIUDADANO", "PRESIDENCIA MUNICIPAL", "DURANGO", "No aplica", "SIMON BOLIVAR", number, name,
            "PROPIETARIA");

    private static (string, string?)[] Governor(string number, string name, string role) =>
        Ticket("CANDIDATURA INDEPENDIENTE", "GUBERNATURA", "DURANGO", "No aplica", "No aplica", number, name, role);

    private static (string, string?)[] Ticket(
        string actor, string office, string entity, string district, string municipality, string number, string name,
        string role) =>
    [
        ("PARTIDO_COALICION", actor), ("CARGO", office), ("ENTIDAD", entity), ("DISTRITO LOCAL", district),
        ("CIRCUNSCRIPCION", "No aplica"), ("MUNICIPIO", municipality), ("NUM_LISTA_O_FORMULA", number),
        ("NOMBRE_CANDIDATO", name), ("TIPO_CANDIDATO", role),
    ];

    private static (string, string?)[] Answers(string number, string name, string role, params string[] answers) =>
    [
        ("NUM_LISTA_O_FORMULA", number), ("NOMBRE_CANDIDATO", name), ("TIPO_CANDIDATO", role),
        .. Questions[^5..].Zip(answers, (q, a) => (q, (string?)a)),
    ];
}
