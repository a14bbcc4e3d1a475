using Conoceles.Bench.StaticServer;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
var responses = await CapturedResponse.FetchAllAsync(
    builder.Configuration["Bench:ApiBase"] ?? throw new InvalidOperationException("Bench:ApiBase is required."),
    builder.Configuration.GetSection("Bench:Paths").Get<string[]>() ?? []);
foreach (var (response, n) in responses.Select((r, n) => (r, n)))
    Console.WriteLine($"/static/{n} = {response}");

var app = builder.Build();
app.MapGet("/ready", () => "ready");
app.MapGet("/static/{n:int}", (int n) => n >= 0 && n < responses.Count ? responses[n] : Results.NotFound());
await app.RunAsync();
