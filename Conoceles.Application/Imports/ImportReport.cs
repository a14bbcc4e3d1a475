namespace Conoceles.Application.Imports;

using System.Text;

public sealed record ImportReport(
    int RowsRead,
    int Candidacies,
    ImportCounts Counts,
    IReadOnlyList<ImportWarning> Warnings)
{
    public const string RegistrationError = "registration error";

    public string ToText()
    {
        var text = new StringBuilder()
            .AppendLine($"rows read: {RowsRead}")
            .AppendLine($"candidacies: {Candidacies}")
            .AppendLine($"created: {Counts.Created}, updated: {Counts.Updated}, unchanged: {Counts.Unchanged}")
            .AppendLine($"warnings: {Warnings.Count}");
        foreach (var warning in Warnings)
            text.AppendLine($"  {warning}");

        return text.ToString();
    }
}
