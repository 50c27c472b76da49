namespace Tempo.Chess.Solving;

/// <summary>
/// Iterative deepening at the root: for N = 1, 2, … every root move is searched (split across workers),
/// so the first N with a winning move gives the proven shortest mate and the complete set of keys.
/// </summary>
internal sealed class RootSearch
{
    private readonly Position _root;
    private readonly TranspositionTable _table;
    private readonly SearchControl _control;
    private readonly MateSearch[] _workers;
    private readonly SolverRecorder _recorder;
    private long[]? _cost;
    private volatile int _depth;
    private volatile int _rootMoves;
    private int _rootMovesDone;
    private int _firstWorkerRootMove = -1;
    private Move[] _rootMoveList = [];

    private readonly bool _selfmate;

    public RootSearch(Position position, TranspositionTable table, SearchControl control, int threads, string? traceName = null, bool selfmate = false)
    {
        _selfmate = selfmate;
        _root = position.Clone();
        _table = table;
        _control = control;
        _workers = new MateSearch[threads];
        for (int i = 0; i < threads; i++)
        {
            _workers[i] = new MateSearch(position.Clone(), table, control, selfmate);
        }
        _recorder = new SolverRecorder(threads, control, traceName);
    }

    public MateResult Run(MateSolverOptions options)
    {
        var rootMoves = MoveOrder.SortedLegalMoves(_root);
        _rootMoveList = rootMoves;
        _rootMoves = rootMoves.Length;
        var builder = new MateResultBuilder(_root, options.Threads)
        {
            Stipulation = new Stipulation(_selfmate ? StipulationKind.Self : StipulationKind.Direct, options.MaxMoves),
        };
        if (rootMoves.Length == 0)
        {
            builder.Status = MateStatus.None;
            builder.Terminal = _root.InCheck ? TerminalKind.Checkmate : TerminalKind.Stalemate;
            return Finish(builder, 0);
        }

        var keys = new List<Move>();
        bool keysComplete = true;
        for (int n = 1; n <= options.MaxMoves; n++)
        {
            _depth = n;
            var outcome = EvaluateRootMoves(rootMoves, n);
            for (int i = 0; i < rootMoves.Length; i++)
            {
                if (outcome[i] == RootOutcome.Mates)
                {
                    keys.Add(rootMoves[i]);
                }
            }
            if (keys.Count > 0)
            {
                builder.Status = MateStatus.Mate;
                builder.MateIn = n;
                _recorder.ProvedMate(n);
                keysComplete = !_control.Stopped;
                break;
            }
            if (_control.Stopped)
            {
                builder.Status = MateStatus.Unknown;
                builder.SearchedDepth = n;
                break;
            }
            builder.ProvenNoMateWithin = n;
        }
        if (builder.Status == MateStatus.Unknown && builder.SearchedDepth == 0)
        {
            builder.Status = MateStatus.None;
        }
        if (builder.Status != MateStatus.Mate)
        {
            return Finish(builder, 0);
        }

        builder.KeysComplete = keysComplete;
        builder.Keys.AddRange(keys);
        var extractor = new SolutionExtractor(new MateSearch(_root.Clone(), _table, _control, _selfmate), _table, _control, options.MaxTreeMoves);
        _recorder.BeginExtraction();
        try
        {
            if (options.Line is { Count: > 0 } line)
            {
                builder.MainLine.AddRange(extractor.FollowLine(line, builder.MateIn));
            }
            else
            {
                builder.MainLine.AddRange(extractor.MainLine(keys[0], builder.MateIn));
            }
            if (options.BuildTree)
            {
                builder.Tree = extractor.BuildTree(keys[0], builder.MateIn);
                builder.Duals.AddRange(extractor.Duals);
            }
            if (options.SetPlay)
            {
                builder.SetPlay = extractor.SetPlay(builder.MateIn);
            }
        }
        catch (SearchAbortedException)
        {
            builder.ExtractionIncomplete = true;
        }
        if (options.FindTries && !builder.ExtractionIncomplete)
        {
            try
            {
                builder.Tries = extractor.Tries(keys, builder.MateIn);
            }
            catch (SearchAbortedException)
            {
                // Tries are optional; "tries": null says they were not finished.
            }
        }
        builder.TreeTruncated = extractor.Truncated;
        return Finish(builder, extractor.Nodes);
    }

    /// <summary>The depth being proven and the workers' node counts, read from another thread while the search runs.</summary>
    public MateProgress Progress()
    {
        long nodes = 0;
        foreach (var worker in _workers)
        {
            nodes += worker.Nodes;
        }
        int rootMove = Volatile.Read(ref _firstWorkerRootMove);
        var line = rootMove < 0 ? [] : _workers[0].LineSnapshot().Prepend(_rootMoveList[rootMove].ToUci()).ToArray();
        return new MateProgress(_depth, nodes, _control.Elapsed)
        {
            RootMovesDone = Volatile.Read(ref _rootMovesDone),
            RootMoves = _rootMoves,
            Line = line,
        };
    }

    private MateResult Finish(MateResultBuilder builder, long extraNodes)
    {
        _recorder.Finish();
        long nodes = extraNodes;
        foreach (var worker in _workers)
        {
            nodes += worker.Nodes;
        }
        builder.Nodes = nodes;
        builder.Elapsed = _control.Elapsed;
        builder.TableBytes = _table.Bytes;
        builder.TableUsedPermille = _table.UsedPermille();
        builder.Trace = _recorder.Trace;
        return builder.Build();
    }

    private RootOutcome[] EvaluateRootMoves(Move[] rootMoves, int n)
    {
        var outcome = new RootOutcome[rootMoves.Length];
        // Hand out the root moves that cost most in the previous iteration first, so no worker is left with
        // one big proof at the end. Only the schedule changes: results are stored by root move.
        _cost ??= new long[rootMoves.Length];
        var order = Enumerable.Range(0, rootMoves.Length).OrderByDescending(i => _cost[i]).ThenBy(i => i).ToArray();
        int next = -1;
        // Per root move: waiting, running or done; the signal that stops its other workers once it is answered; its helpers.
        var state = new int[rootMoves.Length];
        var signals = new StopSignal[rootMoves.Length];
        var helpers = new int[rootMoves.Length];
        Exception? failure = null;
        Volatile.Write(ref _rootMovesDone, 0);
        _recorder.BeginIteration(n);
        if (_workers.Length == 1)
        {
            Work(0);
        }
        else
        {
            var threads = new Thread[_workers.Length];
            for (int w = 0; w < threads.Length; w++)
            {
                int worker = w;
                threads[w] = new Thread(() => Work(worker), 4 * 1024 * 1024) { IsBackground = true, Name = $"mate worker {worker}" };
                threads[w].Start();
            }
            foreach (var thread in threads)
            {
                thread.Join();
            }
            if (failure is not null)
            {
                throw new InvalidOperationException("a mate search worker failed", failure);
            }
        }
        _recorder.EndIteration(n);
        return outcome;

        void Work(int worker)
        {
            var search = _workers[worker];
            int depth = search.Position.Ply;
            try
            {
                while (true)
                {
                    int slot = Interlocked.Increment(ref next);
                    if (slot >= rootMoves.Length)
                    {
                        break;
                    }
                    _control.Poll();
                    int index = order[slot];
                    long before = search.Nodes;
                    _recorder.BeginRootMove(worker, n, rootMoves[index]);
                    if (worker == 0)
                    {
                        Volatile.Write(ref _firstWorkerRootMove, index);
                    }
                    signals[index] = new StopSignal();
                    Volatile.Write(ref state[index], Running);
                    search.Stop = signals[index];
                    search.Position.MakeMove(rootMoves[index]);
                    bool mates = search.Defend(n - 1);
                    search.Position.UnmakeMove();
                    Answer(index, mates);
                    _cost[index] = search.Nodes - before;
                }
                // No first move is left to start: help prove one that another worker is still on.
                while (_workers.Length > 1 && RunningTarget() is int target and >= 0)
                {
                    _control.Poll();
                    int rank = Interlocked.Increment(ref helpers[target]);
                    _recorder.BeginRootMove(worker, n, rootMoves[target], helping: true);
                    if (worker == 0)
                    {
                        Volatile.Write(ref _firstWorkerRootMove, target);
                    }
                    search.Stop = signals[target];
                    search.Position.MakeMove(rootMoves[target]);
                    bool mates = search.Defend(n - 1, rank);
                    search.Position.UnmakeMove();
                    Answer(target, mates);
                }
            }
            catch (SearchAbortedException)
            {
                // The worker's position is left mid-line; unwind it so a later use starts from the root.
                while (search.Position.Ply > depth)
                {
                    search.Position.UnmakeMove();
                }
            }
            catch (Exception e) when (_workers.Length > 1)
            {
                // Surface a worker's bug on the calling thread instead of killing the process.
                Interlocked.CompareExchange(ref failure, e, null);
                Volatile.Write(ref next, rootMoves.Length);
            }
            finally
            {
                search.Stop = null;
                _recorder.EndWorker(worker);
            }
        }

        // The first worker to finish a root move gives its answer (exact, so the same whoever it is) and stops the others
        // on it. A worker gives up only once the move is answered, so its meaningless answer then loses the exchange.
        void Answer(int index, bool mates)
        {
            if (Interlocked.CompareExchange(ref state[index], Done, Running) == Running)
            {
                outcome[index] = mates ? RootOutcome.Mates : RootOutcome.Fails;
                signals[index].Raise();
                Interlocked.Increment(ref _rootMovesDone);
            }
        }

        // The running root move with the fewest helpers (the costliest first among equals), or -1 when none runs.
        int RunningTarget()
        {
            int target = -1;
            foreach (int i in order)
            {
                if (Volatile.Read(ref state[i]) == Running && (target < 0 || Volatile.Read(ref helpers[i]) < Volatile.Read(ref helpers[target])))
                {
                    target = i;
                }
            }
            return target;
        }
    }

    private const int Running = 1;
    private const int Done = 2;

    private enum RootOutcome : byte
    {
        Unsearched,
        Fails,
        Mates,
    }
}
