namespace Conoceles.Infrastructure.Exports;

using System.Runtime.CompilerServices;
using System.Threading.Channels;

/// <summary>
/// Runs a sequence on the thread pool a bounded distance ahead of its consumer, so reading one
/// stream and formatting or merging it use two cores without the items piling up: at most
/// <c>batches × batchSize</c> items wait at any time. Items travel in batches because a
/// hand-over per row would cost more than the row.
/// </summary>
internal static class ReadAhead
{
    public static async IAsyncEnumerable<T> ReadAheadAsync<T>(
        this IAsyncEnumerable<T> source, int batchSize, int batches,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<List<T>>(
            new BoundedChannelOptions(batches) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            () => ProduceAsync(source, channel.Writer, batchSize, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var item in batch)
                    yield return item;
            }
        }
        finally
        {
            // A consumer that stops early (a client gone) must not leave the producer reading.
            await stop.CancelAsync();
            await producer;
        }
    }

    private static async Task ProduceAsync<T>(
        IAsyncEnumerable<T> source, ChannelWriter<List<T>> writer, int batchSize, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<T>(batchSize);
            await foreach (var item in source.WithCancellation(cancellationToken))
            {
                batch.Add(item);
                if (batch.Count < batchSize)
                    continue;

                await writer.WriteAsync(batch, cancellationToken);
                batch = new List<T>(batchSize);
            }

            if (batch.Count > 0)
                await writer.WriteAsync(batch, cancellationToken);
            writer.Complete();
        }
        catch (Exception e)
        {
            writer.TryComplete(e);
        }
    }
}
