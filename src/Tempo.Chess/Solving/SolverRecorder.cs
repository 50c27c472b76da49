using Tempo.Timeline;

namespace Tempo.Chess.Solving;

/// <summary>
/// Records the solve as lines of control: one line "solver" with a span per iteration ("mate in ≤ N?"),
/// and, when the root is split across workers, one line per worker with a span per root move it searched.
/// </summary>
/// <remarks>Each worker writes only to its own line, so the unsynchronised <see cref="Trace"/> is safe here.</remarks>
internal sealed class SolverRecorder
{
    private readonly SearchControl _control;
    private readonly LineOfControlTrace _solver;
    private readonly LineOfControlTrace[] _workers;

    public SolverRecorder(int threads, SearchControl control, string? name = null)
    {
        _control = control;
        Trace = new Trace(name ?? (threads == 1 ? "mate solver" : $"mate solver ({threads} threads)"));
        _solver = Trace.AddLine("solver");
        _workers = new LineOfControlTrace[threads == 1 ? 0 : threads];
        for (int i = 0; i < _workers.Length; i++)
        {
            _workers[i] = Trace.AddLine($"worker {i + 1}");
        }
    }

    public Trace Trace { get; }

    public void BeginIteration(int n)
    {
        string label = $"mate in ≤ {n}?";
        _solver.Begin(_workers.Length == 0 ? SpanState.Running : SpanState.Waiting, _control.Elapsed, label);
    }

    public void EndIteration(int n)
    {
        var at = _control.Elapsed;
        _solver.End(at);
        if (_control.Stopped)
        {
            Trace.AddEvent(_solver, at, $"stopped during mate in ≤ {n}?");
        }
    }

    public void BeginRootMove(int worker, int n, Move move, bool helping = false)
    {
        if (_workers.Length > 0)
        {
            _workers[worker].Begin(SpanState.Running, _control.Elapsed, helping ? $"{n}: {move.ToUci()} (helping)" : $"{n}: {move.ToUci()}");
        }
    }

    public void EndWorker(int worker)
    {
        if (_workers.Length > 0)
        {
            _workers[worker].End(_control.Elapsed);
        }
    }

    public void ProvedMate(int n) => Trace.AddEvent(_solver, _control.Elapsed, $"mate in {n} proven");

    public void BeginExtraction() => _solver.Begin(SpanState.Running, _control.Elapsed, "main line and solution tree");

    public void Finish()
    {
        var at = _control.Elapsed;
        _solver.End(at);
        Trace.MarkEnd(at);
    }
}
