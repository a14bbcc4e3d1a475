namespace Conoceles.Tests.Unit.Exports;

using System.Runtime.CompilerServices;
using Conoceles.Infrastructure.Exports;

public sealed class ReadAheadTests
{
    [Test]
    public async Task ShouldYieldEveryItemInOrderWhenSourceEnds()
    {
        var source = new CountingSource(1_000);

        var items = await source.ReadAsync().ReadAheadAsync(7, 3, CancellationToken.None).ToListAsync();

        Assert.That(items, Is.EqualTo(Enumerable.Range(0, 1_000)));
        Assert.That(source.Disposed, Is.True);
    }

    [Test]
    public async Task ShouldStayBoundedWhenConsumerIsSlow()
    {
        var source = new CountingSource(100_000);
        await using var items = source.ReadAsync().ReadAheadAsync(10, 4, CancellationToken.None)
            .GetAsyncEnumerator();

        Assert.That(await items.MoveNextAsync(), Is.True);
        await Task.Delay(300);

        // One batch being read, four waiting in the channel, one full and waiting to go in.
        Assert.That(source.Produced, Is.LessThanOrEqualTo(6 * 10));
    }

    [Test]
    public async Task ShouldStopSourceWhenConsumerStopsEarly()
    {
        var source = new CountingSource(100_000);

        await foreach (var item in source.ReadAsync().ReadAheadAsync(10, 4, CancellationToken.None))
        {
            if (item == 5)
                break;
        }

        Assert.That(source.Disposed, Is.True);
        Assert.That(source.Produced, Is.LessThan(100_000));
    }

    [Test]
    public void ShouldRethrowSourceFailureWhenConsumerReadsOn()
    {
        var source = new CountingSource(50, failAt: 25);

        var error = Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await source.ReadAsync().ReadAheadAsync(10, 2, CancellationToken.None).ToListAsync());

        Assert.That(error!.Message, Is.EqualTo("row 25 is broken"));
        Assert.That(source.Disposed, Is.True);
    }

    private sealed class CountingSource(int count, int failAt = -1)
    {
        private int _produced;

        public int Produced => Volatile.Read(ref _produced);

        public bool Disposed { get; private set; }

        public async IAsyncEnumerable<int> ReadAsync([EnumeratorCancellation] CancellationToken ct = default)
        {
            try
            {
                for (var i = 0; i < count; i++)
                {
                    ct.ThrowIfCancellationRequested();
                    if (i == failAt)
                        throw new InvalidOperationException($"row {i} is broken");

                    Interlocked.Increment(ref _produced);
                    await Task.Yield();
                    yield return i;
                }
            }
            finally
            {
                Disposed = true;
            }
        }
    }
}
