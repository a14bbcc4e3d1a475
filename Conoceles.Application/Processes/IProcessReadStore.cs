namespace Conoceles.Application.Processes;

public interface IProcessReadStore
{
    Task<IReadOnlyList<ProcessDto>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Finds a process by its id or its readable key.</summary>
    Task<ProcessDto?> FindAsync(string idOrKey, CancellationToken cancellationToken);
}
