namespace Conoceles.Application.Imports;

/// <summary>Reads one export file in one of the known layouts.</summary>
public interface IDatasetReader
{
    IReadOnlyCollection<string> Layouts { get; }

    /// <param name="path">Absolute path of the file.</param>
    ImportBatch Read(string path, DatasetSpec dataset);
}

public interface IManifestReader
{
    Manifest Read(string manifestPath);
}
