using Tempo.Chess.Solving;

namespace Tempo.Web.Chess;

/// <summary>Keeps the newest progress report from the solver's timer thread for the stream to pick up.</summary>
internal sealed class LatestProgress : IProgress<MateProgress>
{
    private MateProgress? _latest;
    private readonly Lock _lock = new();

    public void Report(MateProgress value)
    {
        lock (_lock)
        {
            _latest = value;
        }
    }

    /// <summary>The newest report not taken yet, or null.</summary>
    public MateProgress? Take()
    {
        lock (_lock)
        {
            var value = _latest;
            _latest = null;
            return value;
        }
    }
}
