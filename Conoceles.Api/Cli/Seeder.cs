namespace Conoceles.Api.Cli;

using Conoceles.Infrastructure.Configuration;
using Conoceles.Application.Imports;
using Conoceles.Application.Imports.Commands.ImportManifest;
using Conoceles.Application.Processes;
using Mediator;

/// <summary>
/// Fills an empty database: the real exports of the seed folder's manifest when it exists,
/// else a small set of invented candidacies that every page labels as fictitious.
/// </summary>
public sealed class Seeder(IProcessReadStore processes, IMediator mediator, IImportWriter writer, TimeProvider clock)
{
    public const string SeedDirectoryVariable = "CONOCELES_SEED_DIR";

    public async Task<ImportReport?> SeedAsync(string? seedDirectory, TextWriter output)
    {
        if ((await processes.ListAsync(CancellationToken.None)).Count > 0)
        {
            await output.WriteLineAsync("database already holds data: nothing seeded");
            return null;
        }

        var folder = RepositoryPaths.Resolve(
            seedDirectory ?? Environment.GetEnvironmentVariable(SeedDirectoryVariable) ?? "../shared/data/real");
        var manifest = Path.Combine(folder, "manifest.json");
        if (File.Exists(manifest))
        {
            await output.WriteLineAsync($"importing {manifest}");
            return await mediator.Send(new ImportManifestCommand(manifest));
        }

        await output.WriteLineAsync($"no manifest at {manifest}: seeding fictitious demo data");
        var plan = DemoData.Plan();
        var counts = await writer.WriteAsync(plan, clock.GetUtcNow(), CancellationToken.None);
        return new ImportReport(plan.Candidacies.Count, plan.Candidacies.Count, counts, []);
    }
}
