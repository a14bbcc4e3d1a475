namespace Conoceles.Application.Processes;

public interface IProcessReadStore
{
    Task<IReadOnlyList<ProcessDto>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Finds a process by its id or its readable key.</summary>
    Task<ProcessDto?> FindAsync(string idOrKey, CancellationToken cancellationToken);

    /// <summary>Id and key of a process found by either, without counting its candidacies.</summary>
    Task<ProcessRef?> FindRefAsync(string idOrKey, CancellationToken cancellationToken);

    /// <summary>Whether a political actor has this id, in that process when one is given.</summary>
    Task<bool> ActorExistsAsync(string actorId, string? processId, CancellationToken cancellationToken);
}
