namespace Tempo.Chess;

/// <summary>
/// The fixed positions and depths of <c>tempo bench chess</c>: the six chessprogramming.org perft positions, about
/// 761 million leaf nodes in all. The node total is a deterministic signature of the move generator.
/// </summary>
public static class PerftSuite
{
    /// <summary>Name, FEN, depth and the published node count.</summary>
    public static IReadOnlyList<(string Name, string Fen, int Depth, long Nodes)> Entries { get; } =
    [
        ("startpos", "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1", 6, 119_060_324),
        ("kiwipete", "r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1", 5, 193_690_690),
        ("position3", "8/2p5/3p4/KP5r/1R3p1k/8/4P1P1/8 w - - 0 1", 7, 178_633_661),
        ("position4", "r3k2r/Pppp1ppp/1b3nbN/nP6/BBP1P3/q4N2/Pp1P2PP/R2Q1RK1 w kq - 0 1", 5, 15_833_292),
        ("position5", "rnbq1k1r/pp1Pbppp/2p5/8/2B5/8/PPP1NnPP/RNBQK2R w KQ - 1 8", 5, 89_941_194),
        ("position6", "r4rk1/1pp1qppp/p1np1n2/2b1p1B1/2B1P1b1/P1NP1N2/1PP1QPPP/R4RK1 w - - 0 10", 5, 164_075_551),
    ];

    /// <summary>The sum of the published counts: what a correct generator's bench prints as "nodes".</summary>
    public static long ExpectedNodes => Entries.Sum(e => e.Nodes);
}
