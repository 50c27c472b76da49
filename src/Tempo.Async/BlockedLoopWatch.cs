using Tempo.Timeline;

namespace Tempo.Async;

/// <summary>
/// A wall-clock watch over a running loop: a step that has not ended after <see cref="SimulationOptions.ReportBlockedStepAfter"/>
/// has blocked the loop's thread (nothing inside a simulation takes wall-clock time but a blocking wait or a lock),
/// which would otherwise hang the run without a word. The watch reports it once per step, naming the line and what it
/// is blocked on (<see cref="BlockedStepDiagnosis"/>).
/// </summary>
internal sealed class BlockedLoopWatch : IDisposable
{
    private readonly EventLoop _loop;
    private readonly TimeSpan _after;
    private readonly Action<string> _report;
    private readonly string _simulation;
    private readonly Timer? _timer;
    // Timer callbacks may overlap (a slow report, a busy thread pool): one check at a time, and none after Dispose.
    private readonly Lock _gate = new();
    private long _lastStep = -1;
    private long _reportedStep = -1;
    private bool _disposed;

    public BlockedLoopWatch(EventLoop loop, SimulationOptions options)
    {
        _loop = loop;
        _after = options.ReportBlockedStepAfter;
        _report = options.OnBlockedStep ?? (message => Console.Error.WriteLine(message));
        _simulation = options.Name;
        if (_after != Timeout.InfiniteTimeSpan && _after > TimeSpan.Zero)
        {
            _timer = new Timer(static state => ((BlockedLoopWatch)state!).Check(), this, _after, _after);
        }
    }

    /// <summary>Stops the watch; it waits for a report in progress, so none comes after the run has returned.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
        }
        _timer?.Dispose();
    }

    private void Check()
    {
        if (!_gate.TryEnter())
        {
            return;
        }
        try
        {
            if (!_disposed)
            {
                CheckOnce();
            }
        }
        finally
        {
            _gate.Exit();
        }
    }

    private void CheckOnce()
    {
        var (step, inStep, current, blame) = _loop.StepSnapshot();
        if (inStep && step == _lastStep && step != _reportedStep)
        {
            var message = Describe(step, current, blame);
            // Only a step that still runs is blocked: one that ended while it was described is not reported.
            if (message is not null && _loop.StepSnapshot() is { InStep: true } again && again.Step == step)
            {
                _reportedStep = step;
                _report(message);
            }
        }
        _lastStep = step;
    }

    private string? Describe(long step, Line? current, Line? blame)
    {
        string? pending;
        try
        {
            pending = current is null ? null : BlockedStepDiagnosis.PendingWait(current, step);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            // The loop changed what was being read: the step has ended, so it did not block.
            return null;
        }
        var who = (current ?? blame) is { } line ? $"line '{line.Name}'" : "a step of the loop itself (a timer callback)";
        var cause = pending ?? BlockedStepDiagnosis.Unknown;
        var advice = pending is null ? "inside lines, await instead" : "await it instead";
        return $"simulation '{_simulation}': {who} blocks the loop at t={TimeFormat.Seconds(_loop.Now)} " +
            $"(one step has held it for more than {TimeFormat.Seconds(_after)} s of wall-clock time, and nothing else can run): {cause}; {advice}";
    }
}
