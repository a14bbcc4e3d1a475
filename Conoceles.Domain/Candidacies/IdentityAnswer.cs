namespace Conoceles.Domain.Candidacies;

/// <summary>One answer of the identity questionnaire (DOMAIN.md section 6), question 1 to 20.</summary>
public sealed record IdentityAnswer(int Question, string Answer, string? Detail)
{
    public const string PreferNotToSay = "Prefiero no contestar";
}
