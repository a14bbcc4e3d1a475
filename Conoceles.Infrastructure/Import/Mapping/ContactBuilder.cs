namespace Conoceles.Infrastructure.Import.Mapping;

using Conoceles.Domain.Candidacies;

/// <summary>Builds the campaign contact of a row from its cells (already cleaned).</summary>
internal static class ContactBuilder
{
    public static Contact Build(
        string? address,
        string? phone,
        string? email,
        string? website,
        IReadOnlyList<SocialLink> networks)
    {
        var contact = new Contact(
            List(address, split: false), List(phone, split: true), List(email, split: true),
            website, networks);
        return contact.HasAny ? contact : Contact.Empty;
    }

    // TODO(#2): "NO APLICA" in a phone cell is not one of the not-provided markers, so it is
    // published as a phone; the markers would need a per-column list to drop it safely.
    // Phones and e-mails may come as one cell holding several, separated by ";" or ",";
    // an address has commas of its own.
    private static IReadOnlyList<string> List(string? cell, bool split)
    {
        if (cell is null)
            return [];

        return split
            ? cell.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [cell];
    }
}
