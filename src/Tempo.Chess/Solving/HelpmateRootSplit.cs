namespace Tempo.Chess.Solving;

/// <summary>
/// Hands the first moves of a helpmate to worker threads and keeps each one's solutions by its index. With a cap, the
/// workers stop taking first moves once the searched prefix of the canonical order already holds enough solutions.
/// </summary>
internal sealed class HelpmateRootSplit
{
    private readonly Position _start;
    private readonly Move[] _rootMoves;
    private readonly TranspositionTable _table;
    private readonly SearchControl _control;
    private readonly int _threads;
    private readonly int _cap;
    private readonly object _gate = new();
    private int _next = -1;
    private int _prefix;
    private long _prefixSolutions;
    private long _nodes;
    private volatile bool _enough;

    public HelpmateRootSplit(Position start, Move[] rootMoves, TranspositionTable table, SearchControl control, int threads, int cap)
    {
        _start = start;
        _rootMoves = rootMoves;
        _table = table;
        _control = control;
        _threads = threads;
        _cap = cap;
        PerRootMove = new IReadOnlyList<Move>[]?[rootMoves.Length];
    }

    /// <summary>The sorted solutions under each first move, or null where it was not searched to the end.</summary>
    public IReadOnlyList<Move>[]?[] PerRootMove { get; }

    public bool StoppedForCap => _enough;

    public long Nodes => Interlocked.Read(ref _nodes);

    public void Run(int halfMoves)
    {
        Exception? failure = null;
        if (_threads == 1)
        {
            Work();
        }
        else
        {
            var threads = new Thread[_threads];
            for (int w = 0; w < threads.Length; w++)
            {
                threads[w] = new Thread(Work, 4 * 1024 * 1024) { IsBackground = true, Name = $"helpmate worker {w}" };
                threads[w].Start();
            }
            foreach (var thread in threads)
            {
                thread.Join();
            }
            if (failure is not null)
            {
                throw new InvalidOperationException("a helpmate worker failed", failure);
            }
        }

        void Work()
        {
            var search = new HelpmateSearch(_start.Clone(), _table, _control);
            try
            {
                while (!_enough)
                {
                    int index = Interlocked.Increment(ref _next);
                    if (index >= _rootMoves.Length)
                    {
                        return;
                    }
                    _control.Poll();
                    var found = search.SolutionsAfter(_rootMoves[index], halfMoves);
                    found.Sort(CompareLines);
                    Finish(index, [.. found]);
                }
            }
            catch (SearchAbortedException)
            {
                // Unwound by SolutionsAfter's finally; the unfinished first move stays null.
            }
            catch (Exception e) when (_threads > 1)
            {
                Interlocked.CompareExchange(ref failure, e, null);
                _enough = true;
            }
            finally
            {
                Interlocked.Add(ref _nodes, search.Nodes);
            }
        }
    }

    private void Finish(int index, IReadOnlyList<Move>[] found)
    {
        lock (_gate)
        {
            PerRootMove[index] = found;
            while (_prefix < PerRootMove.Length && PerRootMove[_prefix] is { } done)
            {
                _prefixSolutions += done.Length;
                _prefix++;
            }
            if (_prefixSolutions >= _cap)
            {
                _enough = true;
            }
        }
    }

    /// <summary>The canonical order of solutions: move by move, by UCI text.</summary>
    private static int CompareLines(Move[] a, Move[] b)
    {
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            int order = string.CompareOrdinal(a[i].ToUci(), b[i].ToUci());
            if (order != 0)
            {
                return order;
            }
        }
        return a.Length.CompareTo(b.Length);
    }
}
