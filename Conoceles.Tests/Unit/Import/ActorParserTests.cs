namespace Conoceles.Tests.Unit.Import;

using Conoceles.Domain.Candidacies;
using Conoceles.Infrastructure.Import.Actors;
using Conoceles.Tests.Unit.Import.Support;

public sealed class ActorParserTests
{
    private readonly ActorParser parser = Fixtures.Services().Actors;

    [Test]
    public void ShouldMakeCoalitionOfSiglasWhenNameIsSiglaChain()
    {
        var actor = parser.Parse("PVEM-PT-MORENA", "t1", out _);

        Assert.That(actor.Kind, Is.EqualTo(ActorKind.Coalition));
        Assert.That(actor.PartyAbbreviations, Is.EqualTo(new[] { "PVEM", "PT", "MORENA" }));
        Assert.That(actor.Name, Is.EqualTo("PVEM-PT-MORENA"));
    }

    [Test]
    public void ShouldTakeSiglaFromParenthesesWhenNameCarriesIt()
    {
        var actor = parser.Parse("Nueva Alianza Yucatán (NAY)", "t1", out var known);

        Assert.That((actor.Kind, actor.Abbreviation, known),
            Is.EqualTo((ActorKind.Party, (string?)"NAY", true)));
        Assert.That(actor.PartyAbbreviations, Is.EqualTo(new[] { "NAY" }));
    }

    [TestCase("PARTIDO ACCIÓN NACIONAL", "PAN")]
    [TestCase("MORENA", "MORENA")]
    [TestCase("Movimiento Ciudadano", "MC")]
    public void ShouldFindSiglaInCatalogueWhenNameIsBare(string published, string sigla)
    {
        var actor = parser.Parse(published, "t1", out _);

        Assert.That((actor.Kind, actor.Abbreviation), Is.EqualTo((ActorKind.Party, (string?)sigla)));
    }

    [Test]
    public void ShouldGiveEachTicketItsOwnActorWhenIndependent()
    {
        var first = parser.Parse("CANDIDATURA INDEPENDIENTE", "ticket-1", out _);
        var partner = parser.Parse("Candidatura independiente", "ticket-1", out _);
        var other = parser.Parse("CANDIDATURA INDEPENDIENTE", "ticket-2", out _);

        Assert.That(first.Kind, Is.EqualTo(ActorKind.Independent));
        Assert.That(partner.Key, Is.EqualTo(first.Key));
        Assert.That(other.Key, Is.Not.EqualTo(first.Key));
    }

    [Test]
    public void ShouldKeepNameAsPublishedWhenNamedCoalitionEndsWithFullStop()
    {
        var actor = parser.Parse("JUNTOS HACEMOS HISTORIA EN QUINTANA ROO.", "t1", out var known);

        Assert.That((actor.Kind, actor.Name, known),
            Is.EqualTo((ActorKind.Coalition, "JUNTOS HACEMOS HISTORIA EN QUINTANA ROO.", true)));
        Assert.That(actor.PartyAbbreviations, Is.Empty);
    }

    [Test]
    public void ShouldGiveOneKeyWhenSpellingsDifferInCaseOnly()
    {
        var first = parser.Parse("Va por Durango", "t1", out _);

        Assert.That(parser.Parse("VA POR DURANGO", "t2", out _).Key, Is.EqualTo(first.Key));
    }

    [Test]
    public void ShouldMakeCommonCandidacyWhenSourceSaysSo() =>
        Assert.That(parser.Parse("CANDIDATURA COMÚN", "t1", out _).Kind,
            Is.EqualTo(ActorKind.CommonCandidacy));

    [Test]
    public void ShouldTakePartyWithoutSiglaWhenNameIsUnknown()
    {
        var actor = parser.Parse("PARTIDO INVENTADO DE PRUEBA", "t1", out var known);

        Assert.That((actor.Kind, actor.Abbreviation, known),
            Is.EqualTo((ActorKind.Party, (string?)null, false)));
    }
}
