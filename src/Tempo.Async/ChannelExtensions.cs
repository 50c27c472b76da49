using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Tempo.Async;

/// <summary>
/// Reads and writes a <see cref="Channel{T}"/> through a simulation, so that it knows who uses it: a line that waits
/// on it (for an item, or for room in a full bounded channel) is recorded in the trace as waiting for the channel by
/// name, and a deadlock report names the channel and the running lines on its other side: those that have written
/// to it (for a reader) or read from it (for a writer). The channel behaves as it does on its own (an item or room
/// that is there is taken at once, without yielding); for SimPy's order use <see cref="Store{T}"/>.
/// </summary>
public static class ChannelExtensions
{
    /// <summary>
    /// Reads an item as <c>channel.Reader.ReadAsync(cancellationToken)</c> does. <paramref name="name"/> (the
    /// expression the channel was given by, unless passed) names it; the first name a simulation sees is kept.
    /// </summary>
    public static async Task<T> ReadAsync<T>(this Channel<T> channel, Simulation simulation, CancellationToken cancellationToken = default,
        [CallerArgumentExpression(nameof(channel))] string name = "")
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(simulation);
        var watch = simulation.Watches.Of(channel, name);
        var owner = Begin(simulation, cancellationToken);
        if (!channel.Reader.TryRead(out var item))
        {
            if (owner is null)
            {
                item = await channel.Reader.ReadAsync(cancellationToken);
            }
            else
            {
                using var wait = new WatchedWait(owner, $"channel '{watch.Name}'", watch.DescribeRead, cancellationToken);
                try
                {
                    item = await channel.Reader.ReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (wait.Interrupt is { } interrupted)
                {
                    throw interrupted;
                }
            }
        }
        watch.Read(owner);
        return item;
    }

    /// <summary>
    /// Writes <paramref name="item"/> as <c>channel.Writer.WriteAsync(item, cancellationToken)</c> does, waiting for
    /// room in a full bounded channel.
    /// </summary>
    public static async Task WriteAsync<T>(this Channel<T> channel, Simulation simulation, T item, CancellationToken cancellationToken = default,
        [CallerArgumentExpression(nameof(channel))] string name = "")
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(simulation);
        var watch = simulation.Watches.Of(channel, name);
        var owner = Begin(simulation, cancellationToken);
        if (!channel.Writer.TryWrite(item))
        {
            if (owner is null)
            {
                await channel.Writer.WriteAsync(item, cancellationToken);
            }
            else
            {
                using var wait = new WatchedWait(owner, $"channel '{watch.Name}'", watch.DescribeWrite, cancellationToken);
                try
                {
                    await channel.Writer.WriteAsync(item, wait.Token);
                }
                catch (OperationCanceledException) when (wait.Interrupt is { } interrupted)
                {
                    throw interrupted;
                }
            }
        }
        watch.Wrote(owner);
    }

    /// <summary>
    /// Writes <paramref name="item"/> if there is room, as <c>channel.Writer.TryWrite(item)</c> does, without waiting,
    /// and records the line as a writer (a direct <c>Writer.TryWrite</c> is not seen, and a reader stuck on the channel
    /// could not name it).
    /// </summary>
    /// <returns>Whether the item was written.</returns>
    public static bool TryWrite<T>(this Channel<T> channel, Simulation simulation, T item, [CallerArgumentExpression(nameof(channel))] string name = "")
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(simulation);
        var watch = simulation.Watches.Of(channel, name);
        var line = Current(simulation, $"its write to channel '{watch.Name}'");
        if (!channel.Writer.TryWrite(item))
        {
            return false;
        }
        watch.Wrote(line);
        return true;
    }

    /// <summary>
    /// Reads an item if there is one, as <c>channel.Reader.TryRead(out item)</c> does, without waiting, and records the
    /// line as a reader (a writer stuck on a full channel then names it).
    /// </summary>
    /// <returns>Whether an item was read.</returns>
    public static bool TryRead<T>(this Channel<T> channel, Simulation simulation, [MaybeNullWhen(false)] out T item,
        [CallerArgumentExpression(nameof(channel))] string name = "")
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(simulation);
        var watch = simulation.Watches.Of(channel, name);
        var line = Current(simulation, $"its read from channel '{watch.Name}'");
        if (!channel.Reader.TryRead(out item))
        {
            return false;
        }
        watch.Read(line);
        return true;
    }

    private static Line? Current(Simulation simulation, string action)
    {
        simulation.Loop.CheckLoopThread(null);
        simulation.Loop.CheckIdentity(action);
        return simulation.Loop.Current;
    }

    private static Line? Begin(Simulation simulation, CancellationToken cancellationToken)
    {
        var owner = simulation.Loop.WaitingLine();
        cancellationToken.ThrowIfCancellationRequested();
        if (owner?.TakeInterrupt() is { } interrupt)
        {
            throw interrupt;
        }
        return owner;
    }
}
