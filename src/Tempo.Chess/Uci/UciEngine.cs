using System.Globalization;

namespace Tempo.Chess.Uci;

/// <summary>
/// The Universal Chess Interface over the mate prover: reads commands line by line and writes replies,
/// searching on a background thread so that <c>stop</c>, <c>isready</c> and <c>quit</c> are answered during a search.
/// Tempo proves forced mates; it does not evaluate positions, and says so when it has no mate to report.
/// </summary>
/// <remarks>Commands are executed by one caller thread at a time; only the search runs on its own thread.</remarks>
public sealed class UciEngine : IDisposable
{
    /// <summary>The name sent in <c>id name</c>.</summary>
    public const string EngineName = "Tempo mate prover (no evaluation)";

    /// <summary>The largest <c>Hash</c> value accepted, in MiB.</summary>
    public const int MaxHashMegabytes = 4096;

    /// <summary>The largest <c>Threads</c> value accepted.</summary>
    public const int MaxThreads = 256;

    /// <summary>The largest <c>MultiPV</c> value accepted.</summary>
    public const int MaxMultiPv = 64;

    private const int SearchStackBytes = 16 * 1024 * 1024;

    private readonly TextWriter _output;
    private readonly Lock _outputLock = new();
    private Position _position = Position.StartPosition();
    private UciSettings _settings = new(64, 1, 1);
    private readonly UciTables _tables = new();
    private Thread? _searchThread;
    private CancellationTokenSource? _stopSource;
    private bool _infiniteSearch;

    /// <summary>Creates an engine that writes its replies to <paramref name="output"/> (flushed after every line).</summary>
    public UciEngine(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
    }

    /// <summary>The current position as FEN (after <c>position … moves …</c>).</summary>
    public string Fen => _position.ToFen();

    /// <summary>Whether a search is running.</summary>
    public bool Searching => _searchThread is { IsAlive: true };

    /// <summary>
    /// Reads and executes commands until <c>quit</c> or the end of <paramref name="input"/>. At the end of input a
    /// running finite search is allowed to finish (so a piped script gets its bestmove); an infinite one is stopped.
    /// </summary>
    public void Run(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        while (input.ReadLine() is { } line)
        {
            if (!Execute(line))
            {
                return;
            }
        }
        FinishSearch();
    }

    /// <summary>Executes one command line; returns false for <c>quit</c>.</summary>
    public bool Execute(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var tokens = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        // The protocol says to skip unknown tokens and try to parse the rest ("joho debug on" is "debug on").
        int start = Array.FindIndex(tokens, IsCommand);
        if (start < 0)
        {
            if (tokens.Length > 0)
            {
                Send($"info string unknown command: {line.Trim()}");
            }
            return true;
        }
        var args = tokens.AsSpan(start + 1).ToArray();
        switch (tokens[start])
        {
            case "uci":
                Identify();
                break;
            case "isready":
                Send("readyok");
                break;
            case "ucinewgame":
                FinishSearch();
                _position = Position.StartPosition();
                _tables.Clear();
                break;
            case "setoption":
                FinishSearch();
                SetOption(args);
                break;
            case "position":
                FinishSearch();
                SetPosition(args);
                break;
            case "go":
                FinishSearch();
                Go(args);
                break;
            case "stop":
                StopSearch();
                break;
            case "ponderhit":
                // No pondering: the ponder search was an infinite one; finish it now.
                StopSearch();
                break;
            case "d":
                Send("Fen: " + _position.ToFen());
                break;
            case "quit":
                StopSearch();
                return false;
            default:
                // debug and register need no answer from this engine.
                break;
        }
        return true;
    }

    /// <summary>Stops a running search (its <c>bestmove</c> is written before this returns).</summary>
    public void StopSearch()
    {
        _stopSource?.Cancel();
        WaitForSearch();
    }

    /// <summary>
    /// Before a command that changes the engine's state: a finite search is allowed to finish (as Stockfish waits),
    /// an infinite one, which would never finish, is stopped.
    /// </summary>
    private void FinishSearch()
    {
        if (_infiniteSearch)
        {
            StopSearch();
        }
        WaitForSearch();
    }

    /// <summary>Blocks until the running search, if any, has written its <c>bestmove</c>.</summary>
    public void WaitForSearch()
    {
        _searchThread?.Join();
        _searchThread = null;
        _stopSource?.Dispose();
        _stopSource = null;
        _infiniteSearch = false;
    }

    /// <summary>Stops any search.</summary>
    public void Dispose() => StopSearch();

    private static bool IsCommand(string token) => token is "uci" or "isready" or "ucinewgame" or "setoption" or "position" or "go"
        or "stop" or "ponderhit" or "quit" or "debug" or "register" or "d";

    private void Identify()
    {
        Send("id name " + EngineName);
        Send("id author the Tempo authors");
        Send("option name Hash type spin default 64 min 1 max " + MaxHashMegabytes.ToString(CultureInfo.InvariantCulture));
        Send("option name Threads type spin default 1 min 1 max " + MaxThreads.ToString(CultureInfo.InvariantCulture));
        Send("option name MultiPV type spin default 1 min 1 max " + MaxMultiPv.ToString(CultureInfo.InvariantCulture));
        Send("uciok");
    }

    private void SetOption(string[] args)
    {
        // setoption name <id, may contain spaces> [value <x>]
        int nameAt = Array.IndexOf(args, "name");
        int valueAt = Array.IndexOf(args, "value");
        if (nameAt < 0 || (valueAt >= 0 && valueAt < nameAt))
        {
            Send("info string setoption: expected 'setoption name <id> value <x>'");
            return;
        }
        int nameEnd = valueAt < 0 ? args.Length : valueAt;
        string name = string.Join(' ', args[(nameAt + 1)..nameEnd]);
        string value = valueAt < 0 ? "" : string.Join(' ', args[(valueAt + 1)..]);
        switch (name.ToLowerInvariant())
        {
            case "hash":
                if (TryRange(name, value, 1, MaxHashMegabytes, out int hash))
                {
                    _settings = _settings with { HashMegabytes = hash };
                }
                break;
            case "threads":
                if (TryRange(name, value, 1, MaxThreads, out int threads))
                {
                    _settings = _settings with { Threads = threads };
                }
                break;
            case "multipv":
                if (TryRange(name, value, 1, MaxMultiPv, out int multiPv))
                {
                    _settings = _settings with { MultiPv = multiPv };
                }
                break;
            default:
                Send($"info string unknown option '{name}' (options: Hash, Threads, MultiPV)");
                break;
        }
    }

    private bool TryRange(string name, string text, int min, int max, out int value)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            return true;
        }
        Send(string.Create(CultureInfo.InvariantCulture, $"info string option {name}: '{text}' is not a whole number from {min} to {max}; unchanged"));
        return false;
    }

    private void SetPosition(string[] args)
    {
        int movesAt = Array.IndexOf(args, "moves");
        int setupEnd = movesAt < 0 ? args.Length : movesAt;
        Position position;
        if (args.Length > 0 && args[0] == "startpos")
        {
            position = Position.StartPosition();
        }
        else if (args.Length > 1 && args[0] == "fen")
        {
            string fen = string.Join(' ', args[1..setupEnd]);
            if (!Position.TryParse(fen, out var parsed, out var error))
            {
                Send($"info string position: bad FEN '{fen}': {error}; position unchanged");
                return;
            }
            position = parsed!;
        }
        else
        {
            Send("info string position: expected 'position startpos|fen <FEN> [moves ...]'; position unchanged");
            return;
        }
        if (movesAt >= 0)
        {
            for (int i = movesAt + 1; i < args.Length; i++)
            {
                if (!position.TryParseUci(args[i], out var move, out var error))
                {
                    Send($"info string position: move {i - movesAt} {error}; position unchanged");
                    return;
                }
                position.MakeMove(move);
            }
            // Start the search from a fresh history: the prover does not need the game so far.
            position = Position.Parse(position.ToFen());
        }
        _position = position;
    }

    private void Go(string[] args)
    {
        var limits = UciGoLimits.Parse(args);
        if (limits.Ignored.Count > 0)
        {
            Send($"info string go: ignored {string.Join(' ', limits.Ignored)} (supported: mate, depth, movetime, wtime, btime, winc, binc, movestogo, infinite, perft)");
        }
        if (limits.Mate is > Solving.MateSolverOptions.MaxMovesLimit)
        {
            Send(string.Create(CultureInfo.InvariantCulture, $"info string go mate {limits.Mate}: searching up to the prover's limit of {Solving.MateSolverOptions.MaxMovesLimit} moves"));
        }
        _stopSource = new CancellationTokenSource();
        _infiniteSearch = limits.Infinite;
        var search = new UciSearch(_position.Clone(), limits, _settings, _tables, Send, _stopSource.Token);
        _searchThread = new Thread(search.Run, SearchStackBytes) { IsBackground = true, Name = "uci search" };
        _searchThread.Start();
    }

    private void Send(string line)
    {
        lock (_outputLock)
        {
            _output.WriteLine(line);
            _output.Flush();
        }
    }
}
