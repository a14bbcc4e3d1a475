namespace Conoceles.Application.Imports;

/// <summary>What a layout reader made of one file: every row, and what it could not map.</summary>
public sealed record ImportBatch(
    string File,
    string Publisher,
    int RowsRead,
    IReadOnlyList<ImportedCandidacy> Candidacies,
    IReadOnlyList<ImportWarning> Warnings);
