namespace Conoceles.Infrastructure.Persistence.Stores;

using Conoceles.Domain.Candidacies;

/// <summary>Which statuses every public surface may show, on alias c of candidacies.</summary>
internal static class PublicStatus
{
    /// <summary>Listed and counted: a correction request keeps the published version public.</summary>
    public static readonly string Listed =
        $"c.status IN ('{Codes.Of(CandidacyStatus.Published)}', '{Codes.Of(CandidacyStatus.CorrectionRequested)}')";

    /// <summary>A substituted candidacy is listed only on request, and its profile stays reachable.</summary>
    public static readonly string Viewable =
        $"c.status IN ('{Codes.Of(CandidacyStatus.Published)}', '{Codes.Of(CandidacyStatus.CorrectionRequested)}', " +
        $"'{Codes.Of(CandidacyStatus.Substituted)}')";
}
