using System.Diagnostics;

namespace Tempo.Cli.Commands;

/// <summary>A one-line progress bar on stderr (only on a terminal): done/total, rate and ETA.</summary>
internal sealed class BatchProgress(CliContext context, int total, bool enabled)
{
    private const int Width = 30;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private int _done;

    public void Advance(int passed, int failed)
    {
        _done++;
        if (!enabled || total == 0)
        {
            return;
        }
        double seconds = _watch.Elapsed.TotalSeconds;
        double rate = _done / Math.Max(seconds, 1e-9);
        var eta = TimeSpan.FromSeconds((total - _done) / Math.Max(rate, 1e-9));
        int filled = _done * Width / total;
        context.Error.Write(
            $"\r[{new string('#', filled)}{new string('-', Width - filled)}] {_done}/{total}  {rate:F1}/s  ETA {eta:hh\\:mm\\:ss}  {passed} passed {failed} failed ");
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
