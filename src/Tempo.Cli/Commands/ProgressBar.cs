using System.Diagnostics;

namespace Tempo.Cli.Commands;

/// <summary>A one-line progress bar on stderr (only on a terminal): done/total, rate and ETA.</summary>
/// <remarks>An instance is driven either by <see cref="Advance"/> from one thread or by <see cref="Report"/> from any.</remarks>
internal sealed class ProgressBar(CliContext context, int total, bool enabled) : IProgress<int>
{
    /// <summary>Whether stderr is a terminal a bar can redraw (not a file, a pipe, or a test's writer).</summary>
    public static bool CanShow(CliContext context) => ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected;

    private const int Width = 30;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private int _done;
    private long _drawnAt = long.MinValue / 2;

    public void Advance(int passed, int failed)
    {
        _done++;
        Draw($"{passed} passed {failed} failed ");
    }

    /// <summary>From any thread: <paramref name="done"/> finished so far; redrawn at most ten times a second.</summary>
    public void Report(int done)
    {
        lock (_gate)
        {
            if (done <= _done || (_watch.ElapsedMilliseconds - _drawnAt < 100 && done < total))
            {
                return;
            }
            _done = done;
            _drawnAt = _watch.ElapsedMilliseconds;
            Draw("");
        }
    }

    private void Draw(string suffix)
    {
        if (!enabled || total == 0)
        {
            return;
        }
        double seconds = _watch.Elapsed.TotalSeconds;
        double rate = _done / Math.Max(seconds, 1e-9);
        var eta = TimeSpan.FromSeconds((total - _done) / Math.Max(rate, 1e-9));
        int filled = _done * Width / total;
        context.Error.Write(
            $"\r[{new string('#', filled)}{new string('-', Width - filled)}] {_done}/{total}  {rate:F1}/s  ETA {eta:hh\\:mm\\:ss}  {suffix}");
        context.Error.Flush();
    }

    public void Finish()
    {
        if (enabled && _done > 0)
        {
            context.Error.WriteLine();
        }
    }
}
