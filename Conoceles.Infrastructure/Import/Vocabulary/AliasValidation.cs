namespace Conoceles.Infrastructure.Import.Vocabulary;

using Conoceles.Domain.Candidacies;

/// <summary>Refuses alias files whose codes the domain does not know, at load time.</summary>
internal static class AliasValidation
{
    public static void Check(IReadOnlyDictionary<string, AliasTable> tables)
    {
        Require(tables["offices"], "office", c => Offices.Labels.ContainsKey(c));
        Require(tables["offices"], "principle", c => EnumCodes.Principle(c) is not null, optional: true);
        Require(tables["principles"], "principle", c => EnumCodes.Principle(c) is not null);
        Require(tables["education-levels"], "level", c => EnumCodes.Level(c) is not null);
        Require(tables["education-levels"], "status", c => EnumCodes.Status(c) is not null, optional: true);
        Require(tables["education-statuses"], "status", c => EnumCodes.Status(c) is not null);
        Require(tables["sexes"], "sex", c => EnumCodes.Sex(c) is not null);
        Require(tables["roles"], "role", c => EnumCodes.Role(c) is not null);
        Require(tables["identity-answers"], "answer", _ => true);
        Require(tables["actors"], "kind", c => EnumCodes.Kind(c) is not null);
    }

    private static void Require(
        AliasTable table, string column, Func<string, bool> valid, bool optional = false)
    {
        foreach (var row in table.Rows)
        {
            var code = row.GetValueOrDefault(column);
            if (code is null ? !optional : !valid(code))
                throw new InvalidDataException($"Alias '{row.Values.First()}': bad {column} '{code}'.");
        }
    }
}
