namespace Tempo.Async;

/// <summary>
/// Where a continuation that came back on another thread (Task.Run, ConfigureAwait(false)) reports itself. The loop
/// throws at its next step, since the other thread must not touch its queues. Which line is blamed does not depend on
/// which thread came back first: the loop waits (a bounded wall-clock time) for every line that waits on work it does
/// not know to report, then blames the one whose step escaped earliest in the loop's own order.
/// </summary>
internal sealed class ForeignThreadGuard : IDisposable
{
    private readonly Lock _lock = new();
    private readonly ManualResetEventSlim _signal = new(false);
    private readonly List<(Line? Line, SimulationMisuseException Misuse)> _reports = [];
    private volatile bool _reported;

    /// <summary>Whether some thread other than the loop's has reported itself.</summary>
    public bool HasReport => _reported;

    /// <summary>Records the misuse of <paramref name="line"/> (its first report) and wakes a loop waiting for stragglers.</summary>
    public void Report(string message, Line? line)
    {
        lock (_lock)
        {
            if (!_reports.Exists(r => r.Line == line))
            {
                _reports.Add((line, new SimulationMisuseException(message, line?.Name)));
            }
        }
        _reported = true;
        try
        {
            _signal.Set();
        }
        catch (ObjectDisposedException)
        {
            // The simulation was disposed; the misuse is recorded all the same.
        }
    }

    /// <summary>Waits for the other escaped lines to report, then throws the misuse of the line that escaped first.</summary>
    public void ThrowReported(IReadOnlyList<Line> lines)
    {
        WaitForStragglers(lines);
        SimulationMisuseException misuse;
        lock (_lock)
        {
            misuse = _reports
                .OrderBy(r => r.Line?.EscapeStep ?? long.MaxValue)
                .ThenBy(r => r.Line?.Index ?? int.MaxValue)
                .First().Misuse;
        }
        throw misuse;
    }

    /// <summary>
    /// Gives thread-pool work the lines may be stuck on a moment to report itself, so that an error names the real
    /// cause rather than a deadlock, and names the same line every run: until every started line that waits on something
    /// the runtime does not know has reported, for at most one second, or ten while the thread pool still has queued work.
    /// </summary>
    public void WaitForStragglers(IReadOnlyList<Line> lines)
    {
        for (var waited = 0; ; waited++)
        {
            _signal.Reset();
            if (AllReported(lines))
            {
                return;
            }
            if (waited >= 100 || (waited >= 10 && ThreadPool.PendingWorkItemCount == 0))
            {
                return;
            }
            _signal.Wait(TimeSpan.FromMilliseconds(100));
        }
    }

    public void Dispose() => _signal.Dispose();

    private bool AllReported(IReadOnlyList<Line> lines)
    {
        lock (_lock)
        {
            foreach (var line in lines)
            {
                if (line.HasStarted && !line.HasFinished && line.WaitLabel is null && !_reports.Exists(r => r.Line == line))
                {
                    return false;
                }
            }
            return _reports.Count > 0;
        }
    }
}
