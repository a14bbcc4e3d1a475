namespace Conoceles.Tests.Unit.Domain;

using Conoceles.Domain;

public sealed class IdsTests
{
    [Test]
    public void ShouldDeriveSameIdWhenIdentityIsSame()
    {
        var identity = string.Join('|', "a", "b", 1);

        Assert.That(Ids.Derive("c", identity), Is.EqualTo(Ids.Derive("c", "a|b|1")));
        Assert.That(Ids.Derive("c", "a|b|1"), Does.Match("^c_[0-9a-z]{13}$"));
    }

    [Test]
    public void ShouldDeriveDifferentIdsWhenIdentityDiffers()
    {
        var ids = Enumerable.Range(0, 5000).Select(i => Ids.Derive("c", $"x|{i}")).ToHashSet();

        Assert.That(ids, Has.Count.EqualTo(5000));
    }
}
