using Tempo.Soccer;

namespace Tempo.Web.Soccer;

/// <summary>
/// A sweep whose progress tells the goal rate so far. Its runs are <see cref="PlaySweep.RunOne"/>'s and its result is
/// <see cref="PlaySweep.Summarize"/>'s, so it is what `tempo soccer sweep` prints; the rate so far is that of the
/// unbroken prefix of finished runs (0, 1, … k-1), so it is the same for any thread count, and it is the rate
/// `soccer sweep --runs k` gives.
/// </summary>
internal sealed class LiveSweep(Play play, SweepOptions options, IReadOnlyDictionary<int, PlayScript>? scripts)
{
    private readonly SweepRun[] _outcomes = new SweepRun[options.Runs];
    private readonly bool[] _finished = new bool[options.Runs];
    private readonly Lock _lock = new();
    private int _done;
    private int _prefix;
    private int _goals;

    /// <summary>Runs finished in any order, the unbroken prefix of finished runs, and the goals in that prefix.</summary>
    public (int Done, int Prefix, int Goals) Progress
    {
        get
        {
            lock (_lock)
            {
                return (_done, _prefix, _goals);
            }
        }
    }

    /// <summary>
    /// Runs the sweep; when <paramref name="cancellationToken"/> stops it, the result is that of the unbroken prefix (as
    /// after Ctrl-C), and <see cref="OperationCanceledException"/> if no run had finished.
    /// </summary>
    public SweepResult Run(CancellationToken cancellationToken)
    {
        try
        {
            Parallel.For(0, options.Runs, new ParallelOptions { MaxDegreeOfParallelism = options.Threads, CancellationToken = cancellationToken }, i =>
            {
                var outcome = PlaySweep.RunOne(play, options.Seed, i, scripts, options.Sequential);
                lock (_lock)
                {
                    _outcomes[i] = outcome;
                    _finished[i] = true;
                    _done++;
                    for (; _prefix < _finished.Length && _finished[_prefix]; _prefix++)
                    {
                        _goals += _outcomes[_prefix].Goal ? 1 : 0;
                    }
                }
            });
        }
        catch (OperationCanceledException) when (Progress.Prefix > 0)
        {
            // Stopped: the unbroken prefix is the answer.
        }
        var prefix = Progress.Prefix;
        return PlaySweep.Summarize(play.Name, options.Seed, options.Sequential, prefix == _outcomes.Length ? _outcomes : _outcomes[..prefix]);
    }
}
