namespace Conoceles.Infrastructure.Import.Vocabulary;

using Conoceles.Domain.Candidacies;

internal sealed record OfficeMeaning(string Office, Principle? Principle);

internal sealed record LevelMeaning(EducationLevel Level, EducationStatus? Status);

internal sealed record ActorMeaning(
    ActorKind Kind,
    string? Abbreviation,
    IReadOnlyList<string> PartyAbbreviations);
