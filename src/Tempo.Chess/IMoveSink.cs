namespace Tempo.Chess;

/// <summary>
/// Where <see cref="Position"/>'s one legal-move generator puts its moves: a list, a count, a yes/no answer, or only the
/// checking moves. A struct type argument (as <see cref="IMakeMode"/>), so the JIT compiles one specialised generator
/// per sink, without virtual calls or allocation; the generator filters for checks before it calls the sink.
/// </summary>
internal interface IMoveSink
{
    /// <summary>True to receive only the moves that give check.</summary>
    static abstract bool ChecksOnly { get; }

    /// <summary>True once the sink needs no more moves; the generator then stops early.</summary>
    bool Done { get; }

    /// <summary>Normal moves from <paramref name="from"/> to every square of <paramref name="targets"/>.</summary>
    void AddTargets(int from, ulong targets);

    /// <summary>Normal pawn moves to every square of <paramref name="targets"/>, each from its square minus <paramref name="delta"/>.</summary>
    void AddPawnMoves(ulong targets, int delta);

    /// <summary>The four promotions from <paramref name="from"/> to <paramref name="to"/> (queen, rook, bishop, knight).</summary>
    void AddPromotions(int from, int to);

    /// <summary>One move (en passant, castling, or a single promotion that gives check).</summary>
    void Add(Move move);
}
