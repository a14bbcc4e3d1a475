namespace Conoceles.Bench.Seeder;

using System.Diagnostics;
using Conoceles.Api.Configuration;
using Conoceles.Application.Imports;
using Conoceles.Application.Imports.Commands.ImportManifest;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>
/// Fills the benchmark database: the real exports when a manifest is given, then the synthetic
/// process in chunks, and writes the URLs the benchmark requests.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = SeedOptions.Parse(args);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = options.Remaining, ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration["Logging:LogLevel:Default"] = nameof(LogLevel.Warning);
        builder.Services.AddConoceles(builder.Configuration);
        using var host = builder.Build();
        await host.MigrateDatabaseAsync();
        await using var scope = host.Services.CreateAsyncScope();

        if (options.Manifest is { } manifest)
            await ImportRealAsync(scope.ServiceProvider.GetRequiredService<IMediator>(), manifest);

        var writer = scope.ServiceProvider.GetRequiredService<IImportWriter>();
        var synthetic = new SyntheticProcess(options.Rows, options.RandomSeed);
        var clock = Stopwatch.StartNew();
        var written = 0;
        foreach (var plan in synthetic.Plans(options.ChunkSize))
        {
            var counts = await writer.WriteAsync(plan, DateTimeOffset.UtcNow, CancellationToken.None);
            written += counts.Created + counts.Updated;
        }

        Console.WriteLine($"seeded {written:N0} synthetic candidacies of {SyntheticProcess.Key} " +
            $"in {clock.Elapsed.TotalSeconds:F1} s ({options.ChunkSize:N0} per plan)");
        await File.WriteAllLinesAsync(options.TargetsFile, synthetic.Targets.ToLines());
        return 0;
    }

    private static async Task ImportRealAsync(IMediator mediator, string manifest)
    {
        var clock = Stopwatch.StartNew();
        var report = await mediator.Send(new ImportManifestCommand(manifest));
        Console.WriteLine($"imported the real exports of {manifest}: {report.Counts.Created:N0} created " +
            $"in {clock.Elapsed.TotalSeconds:F1} s");
    }
}
