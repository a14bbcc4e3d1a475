namespace Conoceles.Infrastructure.Import.Mapping;

using Conoceles.Application.Imports;

/// <summary>The reading of one file: where warnings go, and the mappers bound to it.</summary>
internal sealed class ImportSession
{
    private readonly List<ImportWarning> warnings = [];

    public ImportSession(string file, ImportServices services)
    {
        File = file;
        Services = services;
        Fields = new FieldMapper(this);
        Areas = new AreaResolver(this);
    }

    public string File { get; }

    public ImportServices Services { get; }

    public FieldMapper Fields { get; }

    public AreaResolver Areas { get; }

    public IReadOnlyList<ImportWarning> Warnings => warnings;

    public void Warn(int row, string reason) => warnings.Add(new ImportWarning(File, row, reason));

    public ImportBatch Finish(
        string publisher, int rowsRead, IReadOnlyList<ImportedCandidacy> candidacies) =>
        new(File, publisher, rowsRead, candidacies, warnings.ToList());
}
