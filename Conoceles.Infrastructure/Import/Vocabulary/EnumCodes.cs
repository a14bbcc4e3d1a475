namespace Conoceles.Infrastructure.Import.Vocabulary;

using Conoceles.Domain.Candidacies;

/// <summary>Reads back the lower-case codes that <see cref="Codes"/> writes.</summary>
internal static class EnumCodes
{
    private static readonly Dictionary<string, EducationLevel> Levels = Index<EducationLevel>(Codes.Of);
    private static readonly Dictionary<string, EducationStatus> Statuses = Index<EducationStatus>(Codes.Of);
    private static readonly Dictionary<string, Sex> Sexes = Index<Sex>(Codes.Of);
    private static readonly Dictionary<string, TicketRole> Roles = Index<TicketRole>(Codes.Of);
    private static readonly Dictionary<string, ActorKind> Kinds = Index<ActorKind>(Codes.Of);
    private static readonly Dictionary<string, Principle> Principles = Index<Principle>(Codes.Of);

    public static EducationLevel? Level(string? code) => Get(Levels, code);

    public static EducationStatus? Status(string? code) => Get(Statuses, code);

    public static Sex? Sex(string? code) => Get(Sexes, code);

    public static TicketRole? Role(string? code) => Get(Roles, code);

    public static ActorKind? Kind(string? code) => Get(Kinds, code);

    public static Principle? Principle(string? code) => Get(Principles, code);

    private static T? Get<T>(Dictionary<string, T> index, string? code)
        where T : struct =>
        code is not null && index.TryGetValue(code, out var value) ? value : null;

    private static Dictionary<string, T> Index<T>(Func<T, string> code)
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(code, v => v, StringComparer.OrdinalIgnoreCase);
}
