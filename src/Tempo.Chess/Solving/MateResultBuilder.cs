using Tempo.Timeline;

namespace Tempo.Chess.Solving;

/// <summary>Collects a solve's findings; <see cref="Build"/> freezes them into a <see cref="MateResult"/>.</summary>
internal sealed class MateResultBuilder(Position root, int threads)
{
    public Stipulation Stipulation { get; init; }
    public MateStatus Status { get; set; } = MateStatus.Unknown;
    public TerminalKind Terminal { get; set; }
    public int MateIn { get; set; }
    public int ProvenNoMateWithin { get; set; }
    public int SearchedDepth { get; set; }
    public bool KeysComplete { get; set; } = true;
    public List<Move> Keys { get; } = [];
    public List<Move> MainLine { get; } = [];
    public MateTreeAttack? Tree { get; set; }
    public List<MateTreeDefence>? SetPlay { get; set; }
    public List<MateDual> Duals { get; } = [];
    public List<MateTry>? Tries { get; set; }
    public bool TreeTruncated { get; set; }
    public bool ExtractionIncomplete { get; set; }
    public long Nodes { get; set; }
    public TimeSpan Elapsed { get; set; }
    public long TableBytes { get; set; }
    public int TableUsedPermille { get; set; }
    public Trace Trace { get; set; } = new("mate solver");

    public MateResult Build()
    {
        return new MateResult
        {
            Fen = root.ToFen(),
            Stipulation = Stipulation,
            SideToMove = root.SideToMove,
            Status = Status,
            Terminal = Terminal,
            MateIn = Status == MateStatus.Mate ? MateIn : null,
            ProvenNoMateWithin = ProvenNoMateWithin,
            SearchedDepth = SearchedDepth,
            Keys = Keys.ToArray(),
            KeysComplete = KeysComplete,
            MainLine = MainLine.ToArray(),
            Tree = Tree,
            SetPlay = SetPlay?.ToArray(),
            Duals = Duals.ToArray(),
            Tries = Tries?.ToArray(),
            TreeTruncated = TreeTruncated,
            ExtractionIncomplete = ExtractionIncomplete,
            Nodes = Nodes,
            Elapsed = Elapsed,
            Threads = threads,
            TableBytes = TableBytes,
            TableUsedPermille = TableUsedPermille,
            Trace = Trace,
        };
    }
}
