namespace Tempo.Chess;

/// <summary>How much of the state a move updates; a struct type argument, so the JIT drops the unused branches.</summary>
internal interface IMakeMode
{
    /// <summary>True to maintain the hash and move counters; perft's inner loop only needs pieces, rights and checkers.</summary>
    static abstract bool Full { get; }
}

/// <summary>Everything, as <see cref="Position.MakeMove"/> needs.</summary>
internal readonly struct FullMake : IMakeMode
{
    public static bool Full => true;
}

/// <summary>Only what move generation reads: pieces, side, castling rights, en passant and checkers.</summary>
internal readonly struct CountingMake : IMakeMode
{
    public static bool Full => false;
}
