namespace Conoceles.Api.Cli;

using Conoceles.Api.Configuration;
using Conoceles.Application.Imports;
using Conoceles.Application.Imports.Commands.ImportFile;
using Conoceles.Application.Imports.Commands.ImportManifest;
using FluentValidation;
using Mediator;

/// <summary>
/// `import`, `import-manifest`, `seed` and `migrate`: the same services as the web host,
/// without the web server.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["import", "import-manifest", "seed", "migrate"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null)
    {
        output ??= Console.Out;
        var options = CliOptions.Parse(args.Skip(1).ToArray());
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = options.Remaining, ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddConoceles(builder.Configuration);
        using var host = builder.Build();
        await host.MigrateDatabaseAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        try
        {
            var report = await RunCommandAsync(args[0], options, scope.ServiceProvider, mediator, output);
            if (report is not null)
                await output.WriteAsync(report.ToText());

            return 0;
        }
        catch (Exception e) when (e is ValidationException or CliException or InvalidDataException or IOException)
        {
            await output.WriteLineAsync($"error: {e.Message}");
            return 2;
        }
    }

    private static async Task<ImportReport?> RunCommandAsync(
        string command, CliOptions options, IServiceProvider services, IMediator mediator, TextWriter output)
    {
        switch (command)
        {
            case "import-manifest":
                return await mediator.Send(new ImportManifestCommand(options.Positional(0, "MANIFEST")));
            case "import":
                return await mediator.Send(new ImportFileCommand(
                    options.Positional(0, "FILE"), options.Required("layout"), options.Required("process"),
                    options.Value("process-name"), options.Value("state"), options.Value("time-zone"),
                    options.Value("publisher"), options.Value("office")));
            case "seed":
                return await services.GetRequiredService<Seeder>().SeedAsync(options.Value("seed-dir"), output);
            default:
                await output.WriteLineAsync("database migrated");
                return null;
        }
    }
}
