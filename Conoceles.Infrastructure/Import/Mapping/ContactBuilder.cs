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
