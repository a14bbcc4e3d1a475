namespace Conoceles.Infrastructure.Import.Layouts;

using Conoceles.Application.Imports;

/// <summary>Reads any known layout by handing the file to the reader of its layout.</summary>
internal sealed class CompositeDatasetReader(IEnumerable<ILayoutReader> readers) : IDatasetReader
{
    private readonly Dictionary<string, ILayoutReader> byLayout = readers
        .SelectMany(r => r.Layouts.Select(l => (Layout: l, Reader: r)))
        .ToDictionary(x => x.Layout, x => x.Reader, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Layouts => byLayout.Keys;

    public ImportBatch Read(string path, DatasetSpec dataset)
    {
        if (!byLayout.TryGetValue(dataset.Layout, out var reader))
            throw new NotSupportedException(
                $"Layout '{dataset.Layout}' of '{dataset.File}' is not one of {string.Join(", ", Layouts)}.");

        return reader.Read(path, dataset);
    }
}
