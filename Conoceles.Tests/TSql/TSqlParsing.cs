namespace Conoceles.Tests.TSql;

using Microsoft.SqlServer.TransactSql.ScriptDom;

public static class TSqlParsing
{
    public static TSqlFragment Parse(string sql, out IList<ParseError> errors)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        return parser.Parse(reader, out errors);
    }
}
