namespace Conoceles.Application.Processes;

/// <summary>The id and key of a process, without its counts.</summary>
public sealed record ProcessRef(string Id, string Key);

/// <summary>
/// Resolves a process parameter once per request: the validator and the handler of one message
/// share the answer instead of querying twice.
/// </summary>
public sealed class ProcessResolver(IProcessReadStore store)
{
    private readonly Dictionary<string, ProcessRef?> _resolved = new(StringComparer.Ordinal);

    public async Task<ProcessRef?> ResolveAsync(string? idOrKey, CancellationToken cancellationToken)
    {
        if (idOrKey is null)
            return null;

        if (!_resolved.TryGetValue(idOrKey, out var process))
            _resolved[idOrKey] = process = await store.FindRefAsync(idOrKey, cancellationToken);

        return process;
    }

    /// <summary>Whether the actor exists, in the given process (key or id) when that process exists.</summary>
    public async Task<bool> ActorExistsAsync(string actorId, string? process, CancellationToken cancellationToken) =>
        await store.ActorExistsAsync(actorId, (await ResolveAsync(process, cancellationToken))?.Id, cancellationToken);
}
