namespace Conoceles.Tests.Functional;

using System.Net;
using Conoceles.Application.Imports;
using Conoceles.Domain.Candidacies;
using Conoceles.Tests.Support;

public sealed class CandidacyProfileTests(string provider) : ApiTestBase(provider)
{
    [Test]
    public async Task ShouldReturnEverySectionAndPartnerWhenCandidacyExists()
    {
        var found = await GetJsonAsync("/api/v1/candidacies?q=pena ortiz");
        var id = found.GetProperty("items")[0].GetProperty("id").GetString();

        var profile = await GetJsonAsync($"/api/v1/candidacies/{id}");

        Assert.That(profile.GetProperty("name").GetString(), Is.EqualTo("ANA LUCÍA PEÑA ORTIZ"));
        Assert.That(profile.GetProperty("proposals").GetArrayLength(), Is.EqualTo(2));
        Assert.That(profile.GetProperty("education").GetProperty("level").GetString(), Is.EqualTo("licenciatura"));
        var partner = profile.GetProperty("ticketPartner");
        Assert.That(partner.GetProperty("name").GetString(), Is.EqualTo("MARÍA JOSÉ ÁVILA RUIZ"));
        Assert.That(partner.GetProperty("role").GetString(), Is.EqualTo("substitute"));
        Assert.That(profile.GetProperty("source").GetProperty("publisher").GetString(), Does.Contain("demostración"));
        Assert.That(profile.TryGetProperty("politicalTrajectory", out var trajectory), Is.True);
        Assert.That(trajectory.ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
    }

    [Test]
    public async Task ShouldHideCandidacyWhenItIsNotPublished()
    {
        var plan = DemoData.Plan();
        var draft = plan.Candidacies[0] with
        {
            Candidacy = plan.Candidacies[0].Candidacy with
            {
                Id = "c_draftonly", Name = "NADIA BORRADOR INÉDITA", Status = CandidacyStatus.Draft,
            },
        };
        await Factory.SeedAsync(plan with { Candidacies = [draft] });

        var profile = await Client.GetAsync("/api/v1/candidacies/c_draftonly");
        var search = await GetJsonAsync("/api/v1/candidacies?q=nadia borrador");

        await ProblemAssert.IsProblemAsync(profile, HttpStatusCode.NotFound);
        Assert.That(search.GetProperty("total").GetInt32(), Is.Zero);
    }

    [Test]
    public async Task ShouldAnswer404ProblemWhenIdIsUnknown()
    {
        var response = await Client.GetAsync("/api/v1/candidacies/c_doesnotexist");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }
}
