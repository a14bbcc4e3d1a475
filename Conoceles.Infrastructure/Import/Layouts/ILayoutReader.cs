namespace Conoceles.Infrastructure.Import.Layouts;

using Conoceles.Application.Imports;
using Conoceles.Infrastructure.Import.Tabular;

/// <summary>A reader of one layout; the composite dispatches to it.</summary>
internal interface ILayoutReader : IDatasetReader
{
    /// <summary>Reads an already opened file (tests pass CSV sheets here).</summary>
    ImportBatch Read(TabularBook book, DatasetSpec dataset);
}
