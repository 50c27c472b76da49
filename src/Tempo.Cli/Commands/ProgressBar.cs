using System.Diagnostics;

namespace Tempo.Cli.Commands;

/// <summary>
/// A one-line progress bar on stderr (only on a terminal): done/total, rate, ETA and the time so far. It is drawn at
/// once and redrawn every second, so it shows from the first second even while one long item is still running.
/// </summary>
/// <remarks>An instance is driven either by <see cref="Advance"/> from one thread or by <see cref="Report"/> from any.</remarks>
internal sealed class ProgressBar : IProgress<int>, IDisposable
{
    /// <summary>Whether stderr is a terminal a bar can redraw (not a file, a pipe, or a test's writer).</summary>
    public static bool CanShow(CliContext context) => ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected;

    private const int Width = 30;
    private readonly CliContext _context;
    private readonly int _total;
    private readonly bool _enabled;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private readonly Timer? _ticker;
    private int _done;
    private string _suffix = "";
    private bool _finished;
    private long _drawnAt = long.MinValue / 2;

    public ProgressBar(CliContext context, int total, bool enabled)
    {
        (_context, _total, _enabled) = (context, total, enabled);
        if (enabled && total > 0)
        {
            _ticker = new Timer(_ => Tick(), null, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        }
    }

    public void Advance(int passed, int failed)
    {
        lock (_gate)
        {
            _done++;
            _suffix = $"{passed} passed {failed} failed ";
            Draw();
        }
    }

    /// <summary>From any thread: <paramref name="done"/> finished so far; redrawn at most ten times a second.</summary>
    public void Report(int done)
    {
        lock (_gate)
        {
            if (done <= _done || (_watch.ElapsedMilliseconds - _drawnAt < 100 && done < _total))
            {
                return;
            }
            _done = done;
            Draw();
        }
    }

    private void Tick()
    {
        lock (_gate)
        {
            Draw();
        }
    }

    private void Draw()
    {
        if (!_enabled || _total == 0 || _finished)
        {
            return;
        }
        _drawnAt = _watch.ElapsedMilliseconds;
        var elapsed = _watch.Elapsed;
        double rate = _done / Math.Max(elapsed.TotalSeconds, 1e-9);
        string eta = _done == 0 ? "--:--:--" : TimeSpan.FromSeconds((_total - _done) / Math.Max(rate, 1e-9)).ToString(@"hh\:mm\:ss");
        int filled = _done * Width / _total;
        _context.Error.Write(
            $"\r[{new string('#', filled)}{new string('-', Width - filled)}] {_done}/{_total}  {rate:F1}/s  ETA {eta}  {elapsed:hh\\:mm\\:ss}  {_suffix}");
        _context.Error.Flush();
    }

    public void Finish()
    {
        lock (_gate)
        {
            if (_enabled && _total > 0 && !_finished)
            {
                _context.Error.WriteLine();
            }
            _finished = true;
        }
    }

    public void Dispose()
    {
        _ticker?.Dispose();
        Finish();
    }
}
