namespace Conoceles.Infrastructure.Import.Vocabulary;

using Conoceles.Domain.Candidacies;

/// <summary>
/// The alias tables kept as data in <c>Import/Aliases</c>: what each institute's spelling means.
/// Every lookup ignores accents, case and spacing; null means "no alias".
/// </summary>
internal sealed class ImportVocabulary(IReadOnlyDictionary<string, AliasTable> tables)
{
    /// <summary><c>Aliases</c> beside the app, or <c>Import/Aliases</c> where the build kept the path.</summary>
    public static string DefaultFolder
    {
        get
        {
            var linked = Path.Combine(AppContext.BaseDirectory, "Aliases");
            var kept = Path.Combine(AppContext.BaseDirectory, "Import", "Aliases");
            return Directory.Exists(linked) || !Directory.Exists(kept) ? linked : kept;
        }
    }

    public static ImportVocabulary Load(string? folder = null)
    {
        folder ??= DefaultFolder;
        string[] names =
        [
            "offices", "principles", "education-levels", "education-statuses", "sexes", "roles",
            "identity-answers", "actors",
        ];
        var tables = names.ToDictionary(
            n => n, n => AliasTable.Load(Path.Combine(folder, n + ".csv")));
        AliasValidation.Check(tables);
        return new ImportVocabulary(tables);
    }

    public OfficeMeaning? Office(string published) =>
        Find("offices", published) is { } row && row["office"] is { } office
            ? new OfficeMeaning(office, EnumCodes.Principle(row["principle"]))
            : null;

    public Principle? Principle(string published) =>
        EnumCodes.Principle(Find("principles", published)?["principle"]);

    public LevelMeaning? Level(string published) =>
        Find("education-levels", published) is { } row && EnumCodes.Level(row["level"]) is { } level
            ? new LevelMeaning(level, EnumCodes.Status(row["status"]))
            : null;

    public EducationStatus? Status(string published) =>
        EnumCodes.Status(Find("education-statuses", published)?["status"]);

    public Sex? Sex(string published) => EnumCodes.Sex(Find("sexes", published)?["sex"]);

    public TicketRole? Role(string published) => EnumCodes.Role(Find("roles", published)?["role"]);

    /// <summary>The canonical spelling of a fixed identity answer ("SI" → "Sí").</summary>
    public string? Answer(string published) => Find("identity-answers", published)?["answer"];

    public ActorMeaning? Actor(string published)
    {
        if (Find("actors", published) is not { } row || EnumCodes.Kind(row["kind"]) is not { } kind)
            return null;

        var parties = (row["parties"] ?? string.Empty)
            .Split('-', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new ActorMeaning(kind, row["abbreviation"], parties);
    }

    private IReadOnlyDictionary<string, string?>? Find(string table, string published) =>
        tables[table].Find(published);
}
