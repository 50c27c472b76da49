using System.Diagnostics;

namespace Tempo.Chess.Solving;

/// <summary>When a search must stop: a wall-clock deadline and a cancellation token, shared by all workers.</summary>
internal sealed class SearchControl
{
    private readonly long _startTimestamp;
    private readonly long _deadlineTimestamp;
    private readonly CancellationToken _cancellationToken;
    private volatile bool _stopped;

    public SearchControl(TimeSpan? timeLimit, CancellationToken cancellationToken)
    {
        _startTimestamp = Stopwatch.GetTimestamp();
        _deadlineTimestamp = timeLimit is { } limit
            ? _startTimestamp + (long)(limit.TotalSeconds * Stopwatch.Frequency)
            : long.MaxValue;
        _cancellationToken = cancellationToken;
    }

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_startTimestamp);

    public bool Stopped => _stopped;

    /// <summary>Throws <see cref="SearchAbortedException"/> once the deadline has passed or the token is cancelled.</summary>
    public void Poll()
    {
        if (_stopped || _cancellationToken.IsCancellationRequested || Stopwatch.GetTimestamp() >= _deadlineTimestamp)
        {
            _stopped = true;
            throw new SearchAbortedException();
        }
    }
}
