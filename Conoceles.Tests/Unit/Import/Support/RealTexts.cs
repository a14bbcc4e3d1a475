namespace Conoceles.Tests.Unit.Import.Support;

using Conoceles.Application.Imports;

/// <summary>Every text a reader produced for a candidacy, to check them all at once.</summary>
internal static class RealTexts
{
    public static IEnumerable<string> Of(ImportedCandidacy c)
    {
        var d = c.Draft;
        string?[] single =
        [
            d.Name, d.Nickname, d.OfficeAsPublished, d.Area.Label, d.ProfessionalHistory, d.PoliticalTrajectory,
            d.Motivation, d.GenderProposal, d.Education.LevelAsPublished, d.Education.StatusAsPublished,
            d.Contact.Website, c.Actor.Name,
        ];
        return single.OfType<string>()
            .Concat(d.Proposals).Concat(d.Education.OtherStudies)
            .Concat(d.Contact.Addresses).Concat(d.Contact.Phones).Concat(d.Contact.Emails)
            .Concat(d.Contact.SocialNetworks.Select(s => s.Url))
            .Concat(d.Identity.Select(a => a.Answer));
    }
}
