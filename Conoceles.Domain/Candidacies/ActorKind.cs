namespace Conoceles.Domain.Candidacies;

public enum ActorKind { Party, Coalition, CommonCandidacy, Independent }
