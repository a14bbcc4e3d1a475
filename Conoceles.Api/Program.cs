using Conoceles.Api.Cli;
using Conoceles.Api.Configuration;
using Conoceles.Api.Endpoints;

if (CommandLine.IsCommand(args))
    return await CommandLine.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddConoceles(builder.Configuration);
builder.Services.AddApi(builder.Configuration);

var app = builder.Build();
app.UseApi();
app.MapHealthEndpoints();
app.MapProcessEndpoints();
app.MapCandidacyEndpoints();
app.MapCatalogEndpoints();
app.MapStatisticsEndpoints();
app.MapExportEndpoints();
app.MapGeographyEndpoints();
app.MapContestEndpoints();

await app.MigrateDatabaseAsync();
await app.RunAsync();
return 0;
