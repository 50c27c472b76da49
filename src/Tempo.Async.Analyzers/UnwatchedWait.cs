using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Tempo.Async.Analyzers;

/// <summary>
/// TEMPO011: a SemaphoreSlim or a Channel used directly rather than through the simulation's extension methods
/// (<c>semaphore.WaitAsync(sim, ct)</c>, <c>semaphore.Release(sim)</c>, <c>channel.ReadAsync(sim, ct)</c>,
/// <c>channel.WriteAsync(sim, item, ct)</c>, <c>channel.TryWrite(sim, item)</c>, <c>channel.TryRead(sim, out item)</c>),
/// which record who waits, who holds and who wrote or read.
/// </summary>
internal static class UnwatchedWait
{
    /// <summary>What the call is, the kind of thing it waits on, and what to call instead; null when it is not such a call.</summary>
    public static (string What, string Kind, string Instead)? OfInvocation(IInvocationOperation invocation, KnownTypes known)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        var what = $"{type.Name.Split('`')[0]}.{method.Name}";
        if (KnownTypes.Is(type, known.SemaphoreSlim))
        {
            return method.Name switch
            {
                "WaitAsync" => (what, "semaphore", "await semaphore.WaitAsync(sim, ct) and release it with semaphore.Release(sim) (with a token, SemaphoreSlim.WaitAsync also resumes on the thread pool)"),
                "Release" => (what, "semaphore", "release it with semaphore.Release(sim), as it is taken with semaphore.WaitAsync(sim, ct)"),
                _ => null,
            };
        }
        if (KnownTypes.Is(type, known.ChannelReader) && method.Name is "ReadAsync" or "WaitToReadAsync" or "ReadAllAsync")
        {
            return (what, "channel", "await channel.ReadAsync(sim, ct)");
        }
        if (KnownTypes.Is(type, known.ChannelWriter) && method.Name is "WriteAsync" or "WaitToWriteAsync")
        {
            return (what, "channel", "await channel.WriteAsync(sim, item, ct)");
        }
        if (KnownTypes.Is(type, known.ChannelReader) && method.Name == "TryRead")
        {
            return (what, "channel", "read with channel.TryRead(sim, out item), or await channel.ReadAsync(sim, ct)");
        }
        if (KnownTypes.Is(type, known.ChannelWriter) && method.Name == "TryWrite")
        {
            return (what, "channel", "write with channel.TryWrite(sim, item), or await channel.WriteAsync(sim, item, ct)");
        }
        return null;
    }
}
