namespace Conoceles.Api.Endpoints;

using System.ComponentModel;
using Conoceles.Application.Common;
using Conoceles.Application.Exports;
using Conoceles.Application.Exports.Queries.GetDataDictionary;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/exports").WithTags("Open data");
        Map(group, "/candidacies.csv", ExportCandidaciesCsv, "text/csv", "CSV (RFC 4180, UTF-8 with BOM, CRLF)");
        Map(group, "/candidacies.xlsx", ExportCandidaciesXlsx, ExportFiles.XlsxType, "Excel workbook");
        Map(group, "/candidacies.json", ExportCandidaciesJson, "application/json", "JSON array");
        Map(group, "/candidacies.ndjson", ExportCandidaciesNdjson, "application/x-ndjson", "one JSON object a line");
        group.MapGet("/candidacies-identity.csv", ExportIdentityCsv).WithName(nameof(ExportIdentityCsv))
            .WithSummary("Public identity answers in INE's layout")
            .WithDescription("INE's CUESTIONARIO IDENTIDAD sheet: 11 identifying columns and the 20 questions. " +
                "Only answers authorised for publication; the rest are empty.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem();
        group.MapGet("/dictionary", GetDataDictionary).WithName(nameof(GetDataDictionary))
            .WithSummary("Data dictionary of the exports")
            .WithDescription("Every column of every export file: name, type and description in Spanish.");
        group.MapGet("/datapackage.json", GetDataPackage).WithName(nameof(GetDataPackage))
            .WithSummary("Frictionless Data Package of the CSV exports")
            .WithDescription("A data-package descriptor whose resources are the CSV files of each layout.")
            .ProducesValidationProblem();
        return app;
    }

    public static Task<IResult> ExportCandidaciesCsv([AsParameters] ExportParameters parameters, HttpContext http) =>
        ExportFiles.SendAsync(http, parameters, ExportFormat.Csv, sheetIndex: 0);

    public static Task<IResult> ExportCandidaciesXlsx([AsParameters] ExportParameters parameters, HttpContext http) =>
        ExportFiles.SendAsync(http, parameters, ExportFormat.Xlsx, sheetIndex: null);

    public static Task<IResult> ExportCandidaciesJson([AsParameters] ExportParameters parameters, HttpContext http) =>
        ExportFiles.SendAsync(http, parameters, ExportFormat.Json, sheetIndex: 0);

    public static Task<IResult> ExportCandidaciesNdjson(
        [AsParameters] ExportParameters parameters, HttpContext http) =>
        ExportFiles.SendAsync(http, parameters, ExportFormat.Ndjson, sheetIndex: 0);

    public static Task<IResult> ExportIdentityCsv(
        [FromQuery(Name = "process"), Description("Process key (cdmx-2024) or id; all processes when absent.")]
        string? process, HttpContext http) =>
        ExportFiles.SendAsync(http, new ExportParameters { Process = process, Layout = ExportLayout.Ine },
            ExportFormat.Csv, sheetIndex: 1);

    public static async Task<Ok<ItemList<DictionaryFileDto>>> GetDataDictionary(
        IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetDataDictionaryQuery(), ct));

    public static async Task<Ok<DataPackageDto>> GetDataPackage(
        [FromQuery(Name = "process"), Description("Process key or id; the resources then export only it.")]
        string? process, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetDataPackageQuery(process), ct));

    private static void Map(
        RouteGroupBuilder group, string path, Delegate handler, string contentType, string description) =>
        group.MapGet(path, handler).WithName(handler.Method.Name)
            .WithSummary($"Every published candidacy: {description}")
            .WithDescription("Every published field; identity answers only where authorised for publication. " +
                "layout=ine gives INE's own column names. ETag and Last-Modified follow the last publication.")
            .Produces(StatusCodes.Status200OK, contentType: contentType)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem();
}

/// <summary>The query string of an export.</summary>
public sealed record ExportParameters
{
    [FromQuery(Name = "process"), Description("Process key (cdmx-2024) or id; all processes when absent.")]
    public string? Process { get; init; }

    [FromQuery(Name = "layout"), Description("conoceles (default: every field, API codes) or ine (INE's export).")]
    public string? Layout { get; init; }
}

/// <summary>Conditional GET and streaming of one export file.</summary>
internal static class ExportFiles
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<IResult> SendAsync(
        HttpContext http, ExportParameters parameters, ExportFormat format, int? sheetIndex)
    {
        var services = http.RequestServices;
        var ct = http.RequestAborted;
        var ticket = await services.GetRequiredService<IMediator>()
            .Send(new Application.Exports.Queries.GetExport.GetExportQuery(parameters.Process, parameters.Layout), ct);
        var sheet = sheetIndex is { } i ? ticket.Layout.Sheets[i] : null;
        var etag = ETag(ticket, format, sheet);

        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = ticket.Version.LastUpdated;
        http.Response.Headers.CacheControl = "public, max-age=60, stale-while-revalidate=300";
        var sent = http.Request.GetTypedHeaders().IfNoneMatch;
        if (sent.Any(t => t.Tag == "*" || t.Compare(etag, useStrongComparison: false)))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);

        // Both layouts of one process download under different names, so neither overwrites the other.
        var name = $"{sheet?.File ?? "candidacies"}{(ticket.ProcessKey is { } k ? "-" + k : "")}" +
            (ticket.Layout.Code == ExportLayout.Conoceles ? "" : "-" + ticket.Layout.Code);
        http.Response.ContentType = ContentType(format);
        http.Response.Headers.ContentDisposition =
            $"attachment; filename=\"{name}.{format.ToString().ToLowerInvariant()}\"";
        await services.GetRequiredService<IExportFileWriter>()
            .WriteAsync(http.Response.Body, format, ticket.Layout, sheet, ticket.ProcessId, ct);
        return TypedResults.Empty;
    }

    /// <summary>Raised whenever the bytes written for the same data change (a fix to the writers).</summary>
    private const int WriterRevision = 2;

    private static Microsoft.Net.Http.Headers.EntityTagHeaderValue ETag(
        Application.Exports.Queries.GetExport.ExportTicket ticket, ExportFormat format, ExportSheet? sheet)
    {
        var v = ticket.Version;
        var key = $"{WriterRevision}|{format}|{ticket.Layout.Code}|{sheet?.File}|{ticket.ProcessId}|{v.Count}|" +
            $"{v.LastUpdated?.UtcTicks}|{v.PublicAnswers}";
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key));
        return new($"\"{Convert.ToHexStringLower(hash)[..32]}\"");
    }

    private static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Xlsx => XlsxType,
        ExportFormat.Json => "application/json; charset=utf-8",
        _ => "application/x-ndjson; charset=utf-8",
    };
}
