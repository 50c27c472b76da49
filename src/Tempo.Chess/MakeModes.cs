namespace Tempo.Chess;

/// <summary>How much of the state a move updates; a struct type argument, so the JIT drops the unused branches.</summary>
internal interface IMakeMode
{
    /// <summary>True to maintain the hash and move counters; perft's inner loop only needs pieces, rights and checkers.</summary>
    static abstract bool Full { get; }

    /// <summary>True to keep the square-to-piece array; the last ply of perft only counts, so it never reads it.</summary>
    static abstract bool Mailbox { get; }
}

/// <summary>Everything, as <see cref="Position.MakeMove"/> needs.</summary>
internal readonly struct FullMake : IMakeMode
{
    public static bool Full => true;

    public static bool Mailbox => true;
}

/// <summary>Only what move generation reads: pieces, side, castling rights, en passant and checkers.</summary>
internal readonly struct CountingMake : IMakeMode
{
    public static bool Full => false;

    public static bool Mailbox => true;
}

/// <summary>Only what counting the legal moves reads (no mailbox): the move before perft's last ply.</summary>
internal readonly struct LeafMake : IMakeMode
{
    public static bool Full => false;

    public static bool Mailbox => false;
}
