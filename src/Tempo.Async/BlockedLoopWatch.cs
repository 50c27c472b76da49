using Tempo.Timeline;

namespace Tempo.Async;

/// <summary>
/// A wall-clock watch over a running loop: a step that has not ended after <see cref="SimulationOptions.ReportBlockedStepAfter"/>
/// has blocked the loop's thread (nothing inside a simulation takes wall-clock time but a blocking wait or a lock),
/// which would otherwise hang the run without a word. The watch reports it once per step, naming the line.
/// </summary>
internal sealed class BlockedLoopWatch : IDisposable
{
    private readonly EventLoop _loop;
    private readonly TimeSpan _after;
    private readonly Action<string> _report;
    private readonly string _simulation;
    private readonly Timer? _timer;
    private long _lastStep = -1;
    private long _reportedStep = -1;

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

    public void Dispose() => _timer?.Dispose();

    private void Check()
    {
        var (step, inStep, line) = _loop.StepSnapshot();
        if (inStep && step == _lastStep && step != _reportedStep)
        {
            _reportedStep = step;
            var who = line is null ? "a step of the loop itself (a timer callback)" : $"line '{line}'";
            _report($"simulation '{_simulation}': {who} has held the loop for more than {TimeFormat.Seconds(_after)} s of wall-clock time in one step at t={TimeFormat.Seconds(_loop.Now)}: " +
                "it is blocked (.Wait(), .Result, GetAwaiter().GetResult(), Thread.Sleep or a lock) and nothing else can run; inside lines, await instead");
        }
        _lastStep = step;
    }
}
