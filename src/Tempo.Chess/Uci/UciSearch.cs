using System.Diagnostics;
using System.Globalization;
using Tempo.Chess.Solving;

namespace Tempo.Chess.Uci;

/// <summary>
/// One <c>go</c>: iterative deepening on the mate distance over <see cref="MateSolver"/>, reported as UCI
/// <c>info</c> lines, then <c>bestmove</c>. Runs on the engine's search thread.
/// </summary>
internal sealed class UciSearch
{
    private readonly Position _position;
    private readonly UciGoLimits _limits;
    private readonly UciSettings _settings;
    private readonly UciTables _tables;
    private readonly Action<string> _send;
    private readonly CancellationToken _stop;
    private readonly Stopwatch _clock = new();
    private long _nodes;

    public UciSearch(Position position, UciGoLimits limits, UciSettings settings, UciTables tables, Action<string> send, CancellationToken stop)
    {
        _tables = tables;
        _position = position;
        _limits = limits;
        _settings = settings;
        _send = send;
        _stop = stop;
    }

    public void Run()
    {
        _clock.Start();
        try
        {
            if (_limits.Perft is { } depth)
            {
                RunPerft(depth);
                return;
            }
            string bestMove = Search();
            if (_limits.Infinite)
            {
                // The protocol forbids bestmove before stop in infinite (and ponder) mode.
                _stop.WaitHandle.WaitOne();
            }
            _send("bestmove " + bestMove);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A GUI waits for bestmove forever; always send one.
            _send($"info string error: {e.GetType().Name}: {OneLine(e.Message)}");
            if (_limits.Perft is null)
            {
                _send("bestmove " + FallbackMove());
            }
        }
    }

    private string Search()
    {
        Span<Move> moves = stackalloc Move[Position.MaxMoves];
        if (_position.GenerateLegalMoves(moves) == 0)
        {
            _send(_position.InCheck ? "info depth 0 score mate 0" : "info depth 0 score cp 0");
            _send(_position.InCheck ? "info string the side to move is checkmated" : "info string the side to move is stalemated");
            return "(none)";
        }

        int limit = MoveLimit();
        TimeSpan? budget = _limits.Budget(_position.SideToMove);
        int provenNone = 0;
        for (int n = 1; n <= limit; n++)
        {
            TimeSpan? remaining = budget - _clock.Elapsed;
            if (_stop.IsCancellationRequested || remaining <= TimeSpan.Zero)
            {
                break;
            }
            var result = Solve(n, remaining, null);
            _nodes += result.Nodes;
            if (result.Status == MateStatus.Mate)
            {
                return ReportMate(result, remaining);
            }
            if (result.Status != MateStatus.None)
            {
                break;
            }
            provenNone = n;
            _send(string.Create(CultureInfo.InvariantCulture, $"info depth {Plies(n)} {Counters()} string no mate in {n}"));
            if (ReportLongestDefence(n, budget) is { } defence)
            {
                return defence;
            }
        }

        if (_limits.Mate is { } asked && provenNone >= Math.Min(asked, MateSolverOptions.MaxMovesLimit))
        {
            _send(string.Create(CultureInfo.InvariantCulture, $"info string no mate in {asked}"));
        }
        else
        {
            string within = provenNone == 0 ? "within any distance yet" : string.Create(CultureInfo.InvariantCulture, $"within {provenNone} move{(provenNone == 1 ? "" : "s")}");
            _send($"info string no mate found {within}; Tempo proves mates and does not evaluate, so the best move is the first legal move");
        }
        return FallbackMove();
    }

    private string ReportMate(MateResult result, TimeSpan? remaining)
    {
        int n = result.MateIn!.Value;
        var keys = result.Keys;
        int lines = Math.Min(_settings.MultiPv, keys.Count);
        string firstPv = PvText(result.MainLine, keys[0]);
        for (int i = 0; i < lines; i++)
        {
            string pv = firstPv;
            if (i > 0)
            {
                pv = keys[i].ToUci();
                if (!_stop.IsCancellationRequested)
                {
                    var line = Solve(n, remaining - _clock.Elapsed, keys[i].ToUci());
                    _nodes += line.Nodes;
                    if (line.Status == MateStatus.Mate)
                    {
                        pv = PvText(line.MainLine, keys[i]);
                    }
                }
            }
            string multi = _settings.MultiPv > 1 ? string.Create(CultureInfo.InvariantCulture, $" multipv {i + 1}") : "";
            _send(string.Create(CultureInfo.InvariantCulture, $"info depth {Plies(n)} seldepth {Plies(n)}{multi} score mate {n} {Counters()} pv {pv}"));
        }
        if (keys.Count > 1)
        {
            _send(string.Create(CultureInfo.InvariantCulture, $"info string {keys.Count} keys mate in {n}: {string.Join(' ', keys.Select(k => k.ToUci()))}"));
        }
        return BestMove(firstPv);
    }

    /// <summary>
    /// Whether every move of the side to move lets the opponent mate within <paramref name="n"/> moves; if so, reports
    /// <c>score mate -k</c> for the longest defence (k the opponent's moves to mate after it) and returns that move.
    /// The first move that escapes ends the check, so a position that is not lost costs about one more solve.
    /// </summary>
    private string? ReportLongestDefence(int n, TimeSpan? budget)
    {
        Span<Move> moves = stackalloc Move[Position.MaxMoves];
        int count = _position.GenerateLegalMoves(moves);
        (Move Move, MateResult Result)? longest = null;
        for (int i = 0; i < count; i++)
        {
            TimeSpan? remaining = budget - _clock.Elapsed;
            if (_stop.IsCancellationRequested || remaining <= TimeSpan.Zero)
            {
                return null;
            }
            var child = _position.Clone();
            child.MakeMove(moves[i]);
            var result = Solve(child, n, remaining, null);
            _nodes += result.Nodes;
            if (result.Status != MateStatus.Mate)
            {
                return null;
            }
            if (longest is null || result.MateIn > longest.Value.Result.MateIn
                || (result.MateIn == longest.Value.Result.MateIn && string.CompareOrdinal(moves[i].ToUci(), longest.Value.Move.ToUci()) < 0))
            {
                longest = (moves[i], result);
            }
        }
        if (longest is not { } defence)
        {
            return null;
        }
        int k = defence.Result.MateIn!.Value;
        string pv = defence.Move.ToUci() + " " + PvText(defence.Result.MainLine, defence.Result.Keys[0]);
        _send(string.Create(CultureInfo.InvariantCulture, $"info depth {2 * k} seldepth {2 * k} score mate -{k} {Counters()} pv {pv}"));
        _send(string.Create(CultureInfo.InvariantCulture, $"info string the side to move is mated in {k}: every move allows mate; the longest defence is {defence.Move.ToUci()}"));
        return BestMove(pv);
    }

    private MateResult Solve(int maxMoves, TimeSpan? remaining, string? line) => Solve(_position, maxMoves, remaining, line);

    private MateResult Solve(Position position, int maxMoves, TimeSpan? remaining, string? line)
    {
        var options = new MateSolverOptions
        {
            MaxMoves = maxMoves,
            TimeLimit = remaining is { } r ? (r > TimeSpan.Zero ? r : TimeSpan.Zero) : null,
            Threads = _settings.Threads,
            Table = _tables.For(position.SideToMove, _settings.HashMegabytes),
            BuildTree = false,
            FindTries = false,
            Line = line is null ? null : [line],
        };
        return MateSolver.Solve(position, options, _stop);
    }

    private int MoveLimit()
    {
        int limit = MateSolverOptions.MaxMovesLimit;
        if (_limits.Mate is { } mate)
        {
            limit = Math.Min(limit, mate);
        }
        if (_limits.Depth is { } depth)
        {
            // UCI depth counts plies; a mate in n moves is 2n - 1 plies deep.
            limit = Math.Min(limit, (depth + 1) / 2);
        }
        return Math.Max(limit, 1);
    }

    /// <summary>The main line in UCI, or just the key when the line is empty (the search stopped during extraction).</summary>
    private static string PvText(IReadOnlyList<Move> line, Move key) =>
        line.Count > 0 ? string.Join(' ', line.Select(m => m.ToUci())) : key.ToUci();

    private void RunPerft(int depth)
    {
        if (depth < 1)
        {
            _send("info string perft needs a depth of at least 1");
            return;
        }
        long total = 0;
        try
        {
            var divide = Perft.Divide(_position, depth, _stop);
            foreach (var (move, nodes) in divide)
            {
                _send(string.Create(CultureInfo.InvariantCulture, $"{move.ToUci()}: {nodes}"));
                total += nodes;
            }
        }
        catch (OperationCanceledException)
        {
            _send("info string perft stopped");
            return;
        }
        _send("");
        _send(string.Create(CultureInfo.InvariantCulture, $"Nodes searched: {total}"));
        _send("");
    }

    private string Counters()
    {
        long ms = (long)_clock.Elapsed.TotalMilliseconds;
        long nps = _nodes * 1000 / Math.Max(ms, 1);
        return string.Create(CultureInfo.InvariantCulture, $"nodes {_nodes} nps {nps} time {ms}");
    }

    private static int Plies(int moves) => 2 * moves - 1;

    /// <summary>The bestmove text for a pv: its first move, and its second to ponder on if there is one.</summary>
    private static string BestMove(string pv)
    {
        var moves = pv.Split(' ');
        return moves.Length > 1 ? moves[0] + " ponder " + moves[1] : moves[0];
    }

    /// <summary>The first legal move in UCI text order: deterministic, and no claim that it is good.</summary>
    private string FallbackMove()
    {
        Span<Move> moves = stackalloc Move[Position.MaxMoves];
        int count = _position.GenerateLegalMoves(moves);
        if (count == 0)
        {
            return "(none)";
        }
        string best = moves[0].ToUci();
        for (int i = 1; i < count; i++)
        {
            string text = moves[i].ToUci();
            if (string.CompareOrdinal(text, best) < 0)
            {
                best = text;
            }
        }
        return best;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
