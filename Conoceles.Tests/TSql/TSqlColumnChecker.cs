namespace Conoceles.Tests.TSql;

using Microsoft.SqlServer.TransactSql.ScriptDom;

/// <summary>
/// Finds the tables and columns a statement names that the schema lacks, and parameters whose
/// bound value cannot go into the column they are compared with or written to.
/// </summary>
public sealed class TSqlColumnChecker(TSqlSchema schema, IReadOnlyDictionary<string, object?> parameters)
    : TSqlFragmentVisitor
{
    private readonly Dictionary<string, string> _aliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ColumnReferenceExpression> _columns = [];
    private readonly HashSet<string> _selectAliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(ColumnReferenceExpression Column, string Variable)> _bindings = [];

    public List<string> Problems { get; } = [];

    public void Check(TSqlFragment fragment)
    {
        fragment.Accept(this);
        foreach (var column in _columns)
            CheckColumn(column);

        foreach (var (column, variable) in _bindings)
            CheckBinding(column, variable);
    }

    public override void ExplicitVisit(NamedTableReference node)
    {
        var table = node.SchemaObject.BaseIdentifier.Value;
        if (!schema.Tables.ContainsKey(table))
            Problems.Add($"table {table} is not created by the migrations");

        _aliases[node.Alias?.Value ?? table] = table;
        _aliases[table] = table;
        base.ExplicitVisit(node);
    }

    public override void ExplicitVisit(ColumnReferenceExpression node)
    {
        if (node.MultiPartIdentifier is not null)
            _columns.Add(node);
        base.ExplicitVisit(node);
    }

    public override void ExplicitVisit(SelectScalarExpression node)
    {
        if (node.ColumnName?.Value is { } alias)
            _selectAliases.Add(alias);
        base.ExplicitVisit(node);
    }

    public override void ExplicitVisit(BooleanComparisonExpression node)
    {
        if (node.FirstExpression is ColumnReferenceExpression c && node.SecondExpression is VariableReference v)
            _bindings.Add((c, v.Name));
        base.ExplicitVisit(node);
    }

    public override void ExplicitVisit(AssignmentSetClause node)
    {
        if (node.Column is not null && node.NewValue is VariableReference v)
            _bindings.Add((node.Column, v.Name));
        base.ExplicitVisit(node);
    }

    public override void ExplicitVisit(InsertSpecification node)
    {
        if (node.InsertSource is ValuesInsertSource { RowValues: [var row] })
        {
            foreach (var (column, value) in node.Columns.Zip(row.ColumnValues))
            {
                if (value is VariableReference v)
                    _bindings.Add((column, v.Name));
            }
        }

        base.ExplicitVisit(node);
    }

    private void CheckColumn(ColumnReferenceExpression node)
    {
        var parts = node.MultiPartIdentifier.Identifiers.Select(i => i.Value).ToList();
        var column = parts[^1];
        if (parts.Count > 1)
        {
            if (!_aliases.TryGetValue(parts[^2], out var table))
                Problems.Add($"{string.Join('.', parts)}: unknown table or alias {parts[^2]}");
            else if (schema.TypeOf(table, column) is null)
                Problems.Add($"{table}.{column} does not exist");
            return;
        }

        if (!_selectAliases.Contains(column) && !_aliases.Values.Any(t => schema.TypeOf(t, column) is not null))
            Problems.Add($"column {column} exists in none of {string.Join(", ", _aliases.Values.Distinct())}");
    }

    private void CheckBinding(ColumnReferenceExpression node, string variable)
    {
        var type = TypeOf(node);
        if (type is null || !parameters.TryGetValue(variable.TrimStart('@'), out var value))
            return;

        if (!TSqlTypes.Accepts(type, value))
            Problems.Add($"{variable} ({value?.GetType().Name}) is bound to a {type} column");
    }

    private string? TypeOf(ColumnReferenceExpression node)
    {
        var parts = node.MultiPartIdentifier.Identifiers.Select(i => i.Value).ToList();
        if (parts.Count > 1)
            return _aliases.TryGetValue(parts[^2], out var t) ? schema.TypeOf(t, parts[^1]) : null;

        return _aliases.Values.Select(t => schema.TypeOf(t, parts[0])).FirstOrDefault(x => x is not null);
    }
}
