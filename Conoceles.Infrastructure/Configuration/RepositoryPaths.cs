namespace Conoceles.Infrastructure.Configuration;

/// <summary>
/// Relative paths in configuration are read from the repository root (the folder holding
/// Conoceles.sln) when there is one, so `dotnet run` and the built binary agree.
/// </summary>
public static class RepositoryPaths
{
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path))
            return path;

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conoceles.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, path));
        }

        return Path.GetFullPath(path);
    }
}
