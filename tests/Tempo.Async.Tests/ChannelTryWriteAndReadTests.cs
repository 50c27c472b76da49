using System.Threading.Channels;
using Tempo.Async;

namespace Tempo.Async.Tests;

/// <summary>
/// Writes and reads that do not wait, through the simulation (<c>channel.TryWrite(sim, item)</c>,
/// <c>channel.TryRead(sim, out item)</c>), make their line a writer or reader that a deadlock report names; the
/// direct <c>Writer.TryWrite</c> is not seen (TEMPO011 flags it in line code), and the report says so.
/// </summary>
public sealed class ChannelTryWriteAndReadTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Theory]
    [InlineData(true, "an item from channel 'orders' (empty; written to by 'till')")]
    [InlineData(false, "an item from channel 'orders' (empty; no running line has written to it through the simulation)")]
    public void AReaderStuckOnAnEmptyChannel_NamesTheLinesThatWroteThroughTheSimulation(bool throughTheSimulation, string baristaWaitsFor)
    {
        using var sim = new Simulation();
        var orders = Channel.CreateUnbounded<string>();
        var paid = sim.CreateEvent("paid");
        sim.Start("till", async ct =>
        {
            // The direct write is the case TEMPO011 points to channel.TryWrite(sim, item).
            var written = throughTheSimulation ? orders.TryWrite(sim, "tea") : orders.Writer.TryWrite("tea");
            Assert.True(written);
            await paid.WaitAsync(ct);
        });
        sim.Start("barista", async ct =>
        {
            await orders.ReadAsync(sim, ct);
            await orders.ReadAsync(sim, ct);
        });

        var e = Assert.Throws<DeadlockException>(sim.Run);

        Assert.Equal([("till", "paid"), ("barista", baristaWaitsFor)], e.WaitForList);
    }

    [Fact]
    public void TryWriteToAFullChannel_WritesNothing_AndIsNotAWrite()
    {
        using var sim = new Simulation();
        var slot = Channel.CreateBounded<int>(1);
        var results = new List<bool>();
        sim.Start("A", ct =>
        {
            results.Add(slot.TryWrite(sim, 1));
            results.Add(slot.TryWrite(sim, 2));
            return Task.CompletedTask;
        });

        sim.Run();

        Assert.Equal([true, false], results);
        Assert.True(slot.Reader.TryRead(out var only));
        Assert.Equal(1, only);
        Assert.False(slot.Reader.TryRead(out _));
    }

    [Fact]
    public void AWriterStuckOnAFullChannel_NamesTheLineThatReadWithTryRead()
    {
        using var sim = new Simulation();
        var toB = Channel.CreateBounded<int>(1);
        var never = sim.CreateEvent("never");
        var read = new List<int>();
        sim.Start("A", async ct =>
        {
            for (var i = 1; i <= 3; i++)
            {
                await toB.WriteAsync(sim, i, ct);
            }
        });
        sim.Start("B", async ct =>
        {
            await sim.DelayAsync(S(1), ct);
            Assert.True(toB.TryRead(sim, out var item));
            read.Add(item);
            await never.WaitAsync(ct);
        });

        var e = Assert.Throws<DeadlockException>(sim.Run);

        Assert.Equal([1], read);
        Assert.Equal([("A", "room in channel 'toB' (full: 1 items; read from by 'B')"), ("B", "never")], e.WaitForList);
    }
}
