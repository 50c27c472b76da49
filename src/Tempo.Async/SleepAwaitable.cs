using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Tempo.Async;

/// <summary>
/// What <see cref="Simulation.SleepAsync"/> returns: awaitable exactly once, without allocating. Use
/// <see cref="Simulation.DelayAsync"/> when you need a <see cref="Task"/> (to combine with WhenAll or to store).
/// </summary>
public readonly struct SleepAwaitable
{
    private readonly DelaySource? _source;
    private readonly Exception? _error;
    private readonly short _token;

    internal SleepAwaitable(DelaySource source, short token)
    {
        _source = source;
        _token = token;
        _error = null;
    }

    internal SleepAwaitable(Exception error)
    {
        _source = null;
        _token = 0;
        _error = error;
    }

    /// <summary>Gets the awaiter (the compiler calls this for <c>await</c>).</summary>
    public Awaiter GetAwaiter() => new(this);

    /// <summary>The awaiter of a <see cref="SleepAwaitable"/>.</summary>
    public readonly struct Awaiter : ICriticalNotifyCompletion
    {
        private readonly SleepAwaitable _sleep;

        internal Awaiter(SleepAwaitable sleep) => _sleep = sleep;

        /// <summary>Whether the sleep is over (or failed at once).</summary>
        public bool IsCompleted => _sleep._source?.IsCompleted(_sleep._token) ?? true;

        /// <summary>Ends the await: returns, or throws the cancellation or interrupt that ended the sleep.</summary>
        public void GetResult()
        {
            if (_sleep._source is { } source)
            {
                source.GetResult(_sleep._token);
            }
            else if (_sleep._error is { } error)
            {
                ExceptionDispatchInfo.Throw(error);
            }
        }

        /// <summary>Schedules the continuation to run in the line's step when the sleep is over.</summary>
        public void OnCompleted(Action continuation) => UnsafeOnCompleted(continuation);

        /// <summary>Schedules the continuation to run in the line's step when the sleep is over.</summary>
        public void UnsafeOnCompleted(Action continuation)
        {
            ArgumentNullException.ThrowIfNull(continuation);
            if (_sleep._source is { } source)
            {
                source.OnCompleted(continuation, _sleep._token);
            }
            else
            {
                continuation();
            }
        }
    }
}
