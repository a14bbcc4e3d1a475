namespace Conoceles.Tests.TSql;

/// <summary>Which .NET values SQL Server accepts, without a lossy conversion, into a column type.</summary>
public static class TSqlTypes
{
    private static readonly string[] Text = ["nvarchar", "nchar", "varchar", "char", "ntext", "text"];
    private static readonly string[] Whole = ["int", "bigint", "smallint", "tinyint", "float", "real", "decimal"];

    public static bool Accepts(string columnType, object? value) => value switch
    {
        null or DBNull => true,
        string => Text.Contains(columnType) || columnType == "date",
        int or long or short or byte => Whole.Contains(columnType),
        bool => columnType == "bit",
        double or float or decimal => columnType is "float" or "real" or "decimal" or "numeric",
        DateTimeOffset => columnType == "datetimeoffset",
        DateOnly => columnType == "date",
        DateTime => columnType is "datetime2" or "datetime" or "datetimeoffset" or "date",
        _ => false,
    };
}
