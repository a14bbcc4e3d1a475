namespace Conoceles.Application.Exports;

using Conoceles.Application.Candidacies;

/// <summary>One published candidacy as exported: its profile with public identity answers only.</summary>
public sealed record ExportRecord(CandidacyDetailDto Candidacy, string? StateName, string? MunicipalityName);

/// <summary>How a value travels: lists are arrays in JSON and joined text in CSV and Excel.</summary>
public enum ColumnType { String, Integer, Number, Boolean, DateTime, List }

public sealed record ExportColumn(
    string Name, ColumnType Type, string Description, Func<ExportRecord, object?> Value);

/// <summary>One file of a layout (one sheet of the Excel workbook).</summary>
public sealed record ExportSheet(string File, string SheetName, IReadOnlyList<ExportColumn> Columns);

public sealed record ExportLayout(string Code, string ListSeparator, IReadOnlyList<ExportSheet> Sheets)
{
    public const string Conoceles = "conoceles";
    public const string Ine = "ine";

    public static IReadOnlyList<ExportLayout> All { get; } =
    [
        new(Conoceles, " | ", [new("candidacies", "candidaturas", ConocelesColumns.All)]),
        new(Ine, ", ",
        [
            new("candidacies", "CANDIDATOS", IneColumns.Curricular),
            new("candidacies-identity", "CUESTIONARIO IDENTIDAD", IneColumns.Identity),
        ]),
    ];

    public static ExportLayout Of(string? code) => All.Single(l => l.Code == (code ?? Conoceles));
}

/// <summary>The rows, their last change and the public answers: together they version an export.</summary>
public sealed record ExportVersion(int Count, DateTimeOffset? LastUpdated, int PublicAnswers);

public enum ExportFormat { Csv, Xlsx, Json, Ndjson }
