namespace Conoceles.Infrastructure.Import.Mapping;

using Conoceles.Application.Imports;
using Conoceles.Infrastructure.Import.Text;

/// <summary>Which of a dataset's processes a row belongs to.</summary>
internal static class ProcessMatcher
{
    /// <param name="splitValue">The row's value in the dataset's <c>SplitBy</c> column.</param>
    public static ProcessSpec? Match(DatasetSpec dataset, string? splitValue)
    {
        if (dataset.SplitBy is null || dataset.Processes.Count == 1 && dataset.Processes[0].Match is null)
            return dataset.Processes.FirstOrDefault();

        if (splitValue is null)
            return null;

        var key = Fold.Key(splitValue);
        return dataset.Processes.FirstOrDefault(p => p.Match is not null && Fold.Key(p.Match) == key);
    }

    public static ProcessSpec Single(DatasetSpec dataset) =>
        dataset.Processes.Count > 0
            ? dataset.Processes[0]
            : throw new InvalidDataException($"Dataset '{dataset.File}' names no process.");
}
