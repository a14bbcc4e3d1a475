namespace Conoceles.Application.Imports;

using Conoceles.Domain;
using Conoceles.Domain.Candidacies;
using Conoceles.Domain.Processes;

/// <summary>Invented candidacies for a machine without the real exports; the process is marked demo.</summary>
public static class DemoData
{
    public const string ProcessKey = "demo-2027";

    private static readonly (string Owner, string Substitute, Sex Sex)[] Tickets =
    [
        ("ANA LUCÍA PEÑA ORTIZ", "MARÍA JOSÉ ÁVILA RUIZ", Sex.Woman),
        ("JOSÉ ÁNGEL MUÑOZ GARCÍA", "LUIS ENRIQUE NÚÑEZ SOTO", Sex.Man),
        ("SOFÍA IBÁÑEZ CASTAÑEDA", "VALERIA ZÚÑIGA LEÓN", Sex.Woman),
        ("RAÚL ESPAÑA OLVERA", "HÉCTOR GÜEMES TREVIÑO", Sex.Man),
        ("XIMENA CANTÚ ARAGÓN", "RENATA OCAÑA VÉLEZ", Sex.Woman),
        ("TOMÁS ÁLVAREZ DE LA O", "IVÁN CARREÑO MÉNDEZ", Sex.Man),
    ];

    private static readonly string[] Actors = ["Partido Ejemplo Uno", "Partido Ejemplo Dos", "Coalición Ficticia"];

    public static ImportPlan Plan()
    {
        var process = new ElectoralProcess(ElectoralProcess.IdFor(ProcessKey), ProcessKey,
            "Proceso de demostración 2027 (datos ficticios)", "05", new DateOnly(2027, 6, 6),
            "America/Monterrey", "Conóceles (demostración)", IsDemo: true);
        var actors = Actors.Select((name, i) => new PoliticalActor(Ids.Derive("a", $"{ProcessKey}|{name}"),
            process.Id, name, $"PE{i + 1}", i == 2 ? ActorKind.Coalition : ActorKind.Party, [], i + 1)).ToList();
        var candidacies = Tickets.SelectMany((t, i) => Ticket(process, actors[i % actors.Count], i + 1, t)).ToList();
        return new ImportPlan([process], actors, candidacies);
    }

    private static IEnumerable<PlannedCandidacy> Ticket(
        ElectoralProcess process, PoliticalActor actor, int district, (string Owner, string Substitute, Sex Sex) t)
    {
        var owner = Ids.Derive("c", $"{ProcessKey}|demo|{district}|owner");
        var substitute = Ids.Derive("c", $"{ProcessKey}|demo|{district}|substitute");
        yield return Person(process, actor, district, owner, substitute, t.Owner, TicketRole.Owner, t.Sex);
        yield return Person(process, actor, district, substitute, owner, t.Substitute, TicketRole.Substitute, t.Sex);
    }

    private static PlannedCandidacy Person(ElectoralProcess process, PoliticalActor actor, int district,
        string id, string partner, string name, TicketRole role, Sex sex) =>
        new(new Candidacy
        {
            Id = id, ProcessId = process.Id, ActorId = actor.Id, Name = name, Role = role, Sex = sex,
            Age = 30 + district * 3, Office = Offices.DiputacionLocal, OfficeAsPublished = "Diputación local MR",
            Principle = Principle.MajorityRelative, TicketNumber = $"{district}", TicketPartnerId = partner,
            Area = new Area("05", Area.DistrictCode("local", "05", district), null, null, $"Distrito {district}"),
            Contact = new Contact([], [], [$"contacto{district}@ejemplo.invalid"], null, []),
            Education = new Education(
                EducationLevel.Licenciatura, EducationStatus.Titulo, "Licenciatura", "Título", []),
            ProfessionalHistory = "Persona ficticia creada para demostrar el sistema.",
            Motivation = "Texto de demostración: no corresponde a ninguna persona real.",
            Proposals = ["Propuesta ficticia uno.", "Propuesta ficticia dos."],
            GenderProposal = "Propuesta ficticia de agenda de género.",
        }, new CandidacySource("demo", "Conóceles (demostración)", $"demo:{district}", district));
}
