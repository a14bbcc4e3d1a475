namespace Conoceles.Tests.Contract;

using Conoceles.Tests.Support;

/// <summary>
/// The committed openapi.yaml is the contract: it must equal what the running API generates.
/// Set UPDATE_OPENAPI=1 to rewrite the file after an intended change.
/// </summary>
public sealed class OpenApiContractTests
{
    [Test]
    public async Task ShouldMatchCommittedContractWhenGenerated()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        var generated = Normalise(await client.GetStringAsync("/openapi/v1.yaml"));
        var path = Path.Combine(RepositoryRoot.Path, "openapi.yaml");
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
            await File.WriteAllTextAsync(path, generated);

        var committed = File.Exists(path) ? Normalise(await File.ReadAllTextAsync(path)) : "";

        Assert.That(committed, Is.EqualTo(generated),
            "openapi.yaml differs from the generated document; " +
            "run UPDATE_OPENAPI=1 dotnet test --filter OpenApiContract");
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n").TrimEnd() + "\n";
}
