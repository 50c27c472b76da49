using Tempo.Chess.Solving;

namespace Tempo.Cli.Commands;

/// <summary>
/// The running solve on one redrawn stderr line (only on a terminal, and only once it has run half a second): the
/// distance being proven, first moves done, nodes, nodes/s and the line being searched. <see cref="Dispose"/> clears it.
/// </summary>
internal sealed class SolveProgressLine(CliContext context) : IProgress<MateProgress>, IDisposable
{
    private readonly Lock _gate = new();
    private int _drawnWidth;
    private bool _done;

    public void Report(MateProgress value)
    {
        if (value.Elapsed < TimeSpan.FromMilliseconds(500))
        {
            return;
        }
        int width = Console.IsErrorRedirected ? 100 : Math.Max(40, Console.WindowWidth - 1);
        string text = value.Describe();
        if (text.Length > width)
        {
            text = text[..(width - 1)] + "…";
        }
        lock (_gate)
        {
            if (_done)
            {
                return;
            }
            context.Error.Write("\r" + text.PadRight(_drawnWidth));
            context.Error.Flush();
            _drawnWidth = text.Length;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_drawnWidth > 0)
            {
                context.Error.Write("\r" + new string(' ', _drawnWidth) + "\r");
                context.Error.Flush();
            }
            _done = true;
        }
    }
}
