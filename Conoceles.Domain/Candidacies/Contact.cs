namespace Conoceles.Domain.Candidacies;

public sealed record SocialLink(SocialNetwork Network, string Url);

public sealed record Contact(
    IReadOnlyList<string> Addresses,
    IReadOnlyList<string> Phones,
    IReadOnlyList<string> Emails,
    string? Website,
    IReadOnlyList<SocialLink> SocialNetworks)
{
    public static readonly Contact Empty = new([], [], [], null, []);

    public bool HasAny =>
        Addresses.Count + Phones.Count + Emails.Count + SocialNetworks.Count > 0 || Website is not null;
}
