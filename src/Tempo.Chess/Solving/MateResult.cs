using Tempo.Timeline;

namespace Tempo.Chess.Solving;

/// <summary>The outcome of <see cref="MateSolver.Solve"/>: what is proven, the solution, and how it was found.</summary>
public sealed class MateResult
{
    /// <summary>The solved position.</summary>
    public required string Fen { get; init; }

    /// <summary>What was asked: <c>#N</c> or <c>s#N</c> with N the move limit (the default value reads as a directmate).</summary>
    public Stipulation Stipulation { get; init; }

    /// <summary>True for a selfmate: the attacker forces the defender to mate it.</summary>
    public bool Selfmate => Stipulation.Kind == StipulationKind.Self;

    /// <summary>The attacker: the side to move in <see cref="Fen"/>.</summary>
    public required Color SideToMove { get; init; }

    /// <summary>Mate proven, no mate within the limit proven, or stopped first.</summary>
    public required MateStatus Status { get; init; }

    /// <summary>Set when the position is already checkmate or stalemate (then <see cref="Status"/> is None).</summary>
    public required TerminalKind Terminal { get; init; }

    /// <summary>The proven shortest mate in moves of the side to move, when <see cref="Status"/> is Mate.</summary>
    public required int? MateIn { get; init; }

    /// <summary>Proven: the side to move cannot mate in this many moves or fewer.</summary>
    public required int ProvenNoMateWithin { get; init; }

    /// <summary>When the search was stopped: the distance it was trying (0 otherwise).</summary>
    public required int SearchedDepth { get; init; }

    /// <summary>Every first move that mates in <see cref="MateIn"/> (UCI order).</summary>
    public required IReadOnlyList<Move> Keys { get; init; }

    /// <summary>False when the search stopped before every first move was tried at the mate distance.</summary>
    public required bool KeysComplete { get; init; }

    /// <summary>The main line: the key, then longest defences and fastest answers (or the followed line).</summary>
    public required IReadOnlyList<Move> MainLine { get; init; }

    /// <summary>The solution tree under the first key, or null when not built.</summary>
    public required MateTreeAttack? Tree { get; init; }

    /// <summary>Set play (<see cref="MateSolverOptions.SetPlay"/>): the defender's moves if the attacker could pass, each with its answer; null when not asked for or the attacker is in check.</summary>
    public IReadOnlyList<MateTreeDefence>? SetPlay { get; init; }

    /// <summary>Attacker non-mating moves that are not the only way to mate in time after a defence.</summary>
    public required IReadOnlyList<MateDual> Duals { get; init; }

    /// <summary>First moves refuted by exactly one defence (null when not asked for, see <see cref="MateSolverOptions.FindTries"/>, or not finished).</summary>
    public required IReadOnlyList<MateTry>? Tries { get; init; }

    /// <summary>The tree hit its size limit and some variations are not expanded.</summary>
    public required bool TreeTruncated { get; init; }

    /// <summary>Time ran out (or the solve was cancelled) after the proof but before the line or tree was complete.</summary>
    public required bool ExtractionIncomplete { get; init; }

    /// <summary>Positions visited, proof and extraction together.</summary>
    public required long Nodes { get; init; }

    /// <summary>Wall-clock time of the whole solve.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Worker threads used for the root split.</summary>
    public required int Threads { get; init; }

    /// <summary>The memory of the transposition table the proof used, in bytes (the <c>--hash</c> budget rounded down to a power of two).</summary>
    public long TableBytes { get; init; }

    /// <summary>How full that table was at the end, in thousandths (sampled over its first 1000 slots).</summary>
    public int TableUsedPermille { get; init; }

    /// <summary>The solve's lines of control: "solver", plus one line per worker when threaded.</summary>
    public required Trace Trace { get; init; }

    /// <summary>The threat after a quiet key: the attacker's mating moves if the defender could pass.</summary>
    public IReadOnlyList<Move>? Threat => Tree?.Threat;

    /// <summary>More than one key.</summary>
    public bool Cooked => Keys.Count > 1;

    /// <summary>The Step | White | Black table of the main line, then the summary line.</summary>
    public string FormatTable() => MateTextFormatter.Table(this);

    /// <summary>The full solution tree in SAN, in the style of Popeye's output (with the tries if they were looked for).</summary>
    public string FormatTree() => MateTextFormatter.Tree(this);

    /// <summary>One line: <c>mate in 3 (proven; key Bh8; 1 key; 1,234 nodes; 5 ms)</c>.</summary>
    public string Summary() => MateTextFormatter.Summary(this);

    /// <summary>One JSON object with the fields documented in the README.</summary>
    public string ToJson() => MateJsonFormatter.Write(this, null);

    /// <summary>The solution tree as a PGN game with variations.</summary>
    public string ToPgn() => MatePgnFormatter.Write(this);
}
