using System.Threading.Channels;

namespace Tempo.Async;

/// <summary>The semaphores and channels a simulation has seen through its extension methods, by reference.</summary>
internal sealed class Watches
{
    private readonly Dictionary<object, object> _watches = new(ReferenceEqualityComparer.Instance);

    /// <summary>The watch of <paramref name="semaphore"/>, named <paramref name="name"/> the first time it is seen.</summary>
    public SemaphoreWatch Of(SemaphoreSlim semaphore, string name) => (SemaphoreWatch)Get(semaphore, () => new SemaphoreWatch(semaphore, name));

    /// <summary>The watch of <paramref name="channel"/>, named <paramref name="name"/> the first time it is seen.</summary>
    public ChannelWatch<T> Of<T>(Channel<T> channel, string name) => (ChannelWatch<T>)Get(channel, () => new ChannelWatch<T>(channel, name));

    private object Get(object key, Func<object> create)
    {
        if (!_watches.TryGetValue(key, out var watch))
        {
            watch = create();
            _watches.Add(key, watch);
        }
        return watch;
    }
}
