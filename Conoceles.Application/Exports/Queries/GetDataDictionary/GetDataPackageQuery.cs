namespace Conoceles.Application.Exports.Queries.GetDataDictionary;

using Conoceles.Application.Common;
using Conoceles.Application.Processes;
using FluentValidation;
using Mediator;

public sealed record GetDataPackageQuery(string? Process) : IQuery<DataPackageDto>;

public sealed class GetDataPackageQueryHandler : IQueryHandler<GetDataPackageQuery, DataPackageDto>
{
    public ValueTask<DataPackageDto> Handle(GetDataPackageQuery query, CancellationToken cancellationToken)
    {
        var filter = query.Process is null ? "" : $"process={Uri.EscapeDataString(query.Process)}";
        var resources = ExportLayout.All.SelectMany(l => l.Sheets.Select(s =>
        {
            var layout = l.Code == ExportLayout.Conoceles ? "" : $"layout={l.Code}";
            var parameters = string.Join("&", new[] { filter, layout }.Where(p => p.Length > 0));
            var path = $"{s.File}.csv" + (parameters.Length > 0 ? $"?{parameters}" : "");
            var fields = s.Columns.Select(c => new DataFieldDto(c.Name, FrictionlessType(c.Type), c.Description));
            return new DataResourceDto($"{l.Code}-{s.File}", path, "tabular-data-resource", "csv", "text/csv",
                "utf-8-sig", new DataSchemaDto(fields.ToList()));
        })).ToList();
        return ValueTask.FromResult(new DataPackageDto("data-package", "conoceles-candidaturas",
            "Candidaturas publicadas en Conóceles",
            "Cuestionarios curricular y de identidad publicados; identidad solo con autorización de publicación.",
            resources));
    }

    /// <summary>A list travels joined in CSV, so the package declares it as text.</summary>
    private static string FrictionlessType(ColumnType type) => type switch
    {
        ColumnType.List => "string",
        _ => type.ToString().ToLowerInvariant(),
    };
}

public sealed class GetDataPackageQueryValidator : AbstractValidator<GetDataPackageQuery>
{
    public GetDataPackageQueryValidator(ProcessResolver processes) =>
        RuleFor(q => q.Process).MustBeKnownProcess(processes);
}
