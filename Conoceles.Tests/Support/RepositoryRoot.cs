namespace Conoceles.Tests.Support;

/// <summary>Finds the repository and the shared data beside it, wherever the tests run.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string SeedDirectory =>
        Environment.GetEnvironmentVariable("CONOCELES_SEED_DIR") is { Length: > 0 } dir
            ? System.IO.Path.GetFullPath(dir, Path)
            : System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared", "data", "real"));

    public static string CatalogDirectory =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared", "data", "catalogs"));

    /// <summary>Skips the calling test, saying why, when the real exports are not on this machine.</summary>
    public static string RequireSeedManifest()
    {
        var manifest = System.IO.Path.Combine(SeedDirectory, "manifest.json");
        if (!File.Exists(manifest))
            Assert.Ignore($"The real exports are absent on this machine: {manifest} not found.");

        return manifest;
    }

    /// <summary>Skips the calling test, saying why, when the INEGI catalogues are not on this machine.</summary>
    public static void RequireCatalogs()
    {
        var states = System.IO.Path.Combine(CatalogDirectory, "entidades_federativas.csv");
        if (!File.Exists(states))
            Assert.Ignore($"The INEGI catalogues are absent on this machine: {states} not found.");
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Conoceles.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Conoceles.sln not found above the test folder.");
    }
}
