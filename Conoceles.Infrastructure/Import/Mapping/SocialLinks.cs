namespace Conoceles.Infrastructure.Import.Mapping;

using Conoceles.Domain.Candidacies;

/// <summary>Sorts published social-network links by their host.</summary>
internal static class SocialLinks
{
    private static readonly (string Host, SocialNetwork Network)[] Hosts =
    [
        ("facebook.com", SocialNetwork.Facebook), ("fb.com", SocialNetwork.Facebook),
        ("fb.me", SocialNetwork.Facebook), ("twitter.com", SocialNetwork.X),
        ("x.com", SocialNetwork.X), ("instagram.com", SocialNetwork.Instagram),
        ("instagr.am", SocialNetwork.Instagram), ("youtube.com", SocialNetwork.YouTube),
        ("youtu.be", SocialNetwork.YouTube), ("tiktok.com", SocialNetwork.TikTok),
    ];

    /// <summary>A comma-, semicolon- or line-separated list of URLs, each by its host.</summary>
    public static IReadOnlyList<SocialLink> FromList(string? published)
    {
        if (published is null)
            return [];

        return published
            .Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => !IsBareScheme(t))
            .Select(url => new SocialLink(NetworkOf(url), url))
            .ToList();
    }

    public static SocialNetwork NetworkOf(string url)
    {
        var host = HostOf(url);
        if (host is null)
            return SocialNetwork.Other;

        foreach (var (known, network) in Hosts)
        {
            if (host == known || host.EndsWith("." + known, StringComparison.Ordinal))
                return network;
        }

        return SocialNetwork.Other;
    }

    // A bare "https://" left in a list names no page.
    private static bool IsBareScheme(string token) =>
        token.TrimEnd('/').ToLowerInvariant() is "https:" or "http:";

    private static string? HostOf(string url)
    {
        var absolute = url.Contains("://", StringComparison.Ordinal) ? url : "https://" + url;
        return Uri.TryCreate(absolute, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant() : null;
    }
}
