namespace Conoceles.Tests.TSql;

using Conoceles.Infrastructure.Persistence;
using Microsoft.SqlServer.TransactSql.ScriptDom;

/// <summary>Tables and column types as the T-SQL migrations create them, read from the parsed scripts.</summary>
public sealed class TSqlSchema
{
    private readonly Dictionary<string, Dictionary<string, string>> _tables = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, Dictionary<string, string>> Tables => _tables;

    public static TSqlSchema FromMigrations()
    {
        var schema = new TSqlSchema();
        foreach (var name in DatabaseMigrator.ScriptNames("SqlServer"))
        {
            var fragment = TSqlParsing.Parse(DatabaseMigrator.ReadScript(name), out var errors);
            if (errors.Count > 0)
                throw new InvalidOperationException($"{name} does not parse: {errors[0].Message}");

            fragment.Accept(new TableCollector(schema._tables));
        }

        return schema;
    }

    public string? TypeOf(string table, string column) =>
        _tables.TryGetValue(table, out var columns) && columns.TryGetValue(column, out var type) ? type : null;

    private sealed class TableCollector(Dictionary<string, Dictionary<string, string>> tables) : TSqlFragmentVisitor
    {
        public override void ExplicitVisit(CreateTableStatement node)
        {
            var columns = node.Definition.ColumnDefinitions.ToDictionary(
                c => c.ColumnIdentifier.Value, TypeName, StringComparer.OrdinalIgnoreCase);
            tables[node.SchemaObjectName.BaseIdentifier.Value] = columns;
        }

        public override void ExplicitVisit(AlterTableAddTableElementStatement node)
        {
            var table = tables[node.SchemaObjectName.BaseIdentifier.Value];
            foreach (var c in node.Definition.ColumnDefinitions)
                table[c.ColumnIdentifier.Value] = TypeName(c);
        }

        private static string TypeName(ColumnDefinition c) => c.DataType is SqlDataTypeReference sql
            ? sql.SqlDataTypeOption.ToString().ToLowerInvariant()
            : c.DataType.Name.BaseIdentifier.Value.ToLowerInvariant();
    }
}
