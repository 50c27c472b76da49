using System.Numerics;
using System.Runtime.CompilerServices;

namespace Tempo.Chess;

public sealed partial class Position
{
    private const ulong FileA = 0x0101010101010101UL;
    private const ulong FileH = FileA << 7;

    /// <summary>Writes every legal move into <paramref name="moves"/> (length at least <see cref="MaxMoves"/>) and returns the count. No allocation.</summary>
    public int GenerateLegalMoves(Span<Move> moves) => Generate(ref Current, moves);

    /// <summary>Writes only the legal moves that give check (direct, discovered, by castling, en passant or promotion); returns the count.</summary>
    public int GenerateLegalChecks(Span<Move> moves)
    {
        var sink = new MoveListSink<CheckingMoves>(moves);
        Generate(ref Current, ref sink);
        return sink.Count;
    }

    /// <summary>True if the side to move has at least one legal move; stops at the first one found.</summary>
    public bool HasLegalMove()
    {
        var sink = new AnyMoveSink();
        Generate(ref Current, ref sink);
        return sink.Done;
    }

    /// <summary>The number of legal moves, computed from target-square popcounts without listing the moves (perft's last ply).</summary>
    public int CountLegalMoves() => CountLegal(ref Current);

    internal static int Generate(ref BoardState s, Span<Move> moves)
    {
        var sink = new MoveListSink<AllMoves>(moves);
        Generate(ref s, ref sink);
        return sink.Count;
    }

    internal static int CountLegal(ref BoardState s)
    {
        var sink = new MoveCountSink();
        Generate(ref s, ref sink);
        return sink.Count;
    }

    /// <summary>
    /// The one legal-move generator, in the order king, knights, diagonal sliders, straight sliders, pawns, castling.
    /// Legality comes from check and pin masks, with no make/unmake test; for a checks-only sink each piece's targets
    /// are cut to the squares that check the enemy king (see <see cref="CheckSquares"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Generate<TSink>(ref BoardState s, ref TSink sink)
        where TSink : struct, IMoveSink, allows ref struct
    {
        int us = s.Side, them = us ^ 1;
        var ours = s.Bb.At(us);
        var theirs = s.Bb.At(them);
        var occupied = ours | theirs;
        var kingBit = s.Bb.At(KingIndex) & ours;
        var king = BitOperations.TrailingZeroCount(kingBit);
        var checkers = s.Checkers;
        var checks = TSink.ChecksOnly ? new CheckSquares(ref s, us, occupied) : default;

        // A king move checks only by discovery; for a checks-only sink the rest is not worth computing.
        if (!TSink.ChecksOnly || (checks.Discoverers & kingBit) != 0)
        {
            var kingTargets = SafeKingTargets(ref s, them, king, occupied ^ kingBit, Attacks.King(king) & ~ours);
            sink.AddTargets(king, TSink.ChecksOnly ? kingTargets & checks.Wanted(king, 0) : kingTargets);
        }
        if ((checkers & (checkers - 1)) != 0 || sink.Done)
        {
            return;
        }

        var target = checkers != 0
            ? Attacks.Between(king, BitOperations.TrailingZeroCount(checkers)) | checkers
            : ~ours;
        var pinned = PinnedPieces(ref s, us, king, occupied);

        var knights = s.Bb.At(KnightIndex) & ours & ~pinned;
        while (knights != 0)
        {
            var from = BitOperations.TrailingZeroCount(knights);
            knights &= knights - 1;
            var targets = Attacks.Knight(from) & target;
            sink.AddTargets(from, TSink.ChecksOnly ? targets & checks.Wanted(from, checks.Knight) : targets);
            if (sink.Done)
            {
                return;
            }
        }

        var queens = s.Bb.At(QueenIndex);
        var diagonal = (s.Bb.At(BishopIndex) | queens) & ours;
        while (diagonal != 0)
        {
            var from = BitOperations.TrailingZeroCount(diagonal);
            diagonal &= diagonal - 1;
            var targets = Attacks.Bishop(from, occupied) & target;
            if ((pinned & (1UL << from)) != 0)
            {
                targets &= Attacks.Line(king, from);
            }
            if (TSink.ChecksOnly)
            {
                targets &= checks.Wanted(from, (queens & (1UL << from)) != 0 ? checks.Bishop | checks.Rook : checks.Bishop);
            }
            sink.AddTargets(from, targets);
            if (sink.Done)
            {
                return;
            }
        }

        var straight = (s.Bb.At(RookIndex) | queens) & ours;
        while (straight != 0)
        {
            var from = BitOperations.TrailingZeroCount(straight);
            straight &= straight - 1;
            var targets = Attacks.Rook(from, occupied) & target;
            if ((pinned & (1UL << from)) != 0)
            {
                targets &= Attacks.Line(king, from);
            }
            if (TSink.ChecksOnly)
            {
                targets &= checks.Wanted(from, (queens & (1UL << from)) != 0 ? checks.Bishop | checks.Rook : checks.Rook);
            }
            sink.AddTargets(from, targets);
            if (sink.Done)
            {
                return;
            }
        }

        GeneratePawnMoves(ref s, ref sink, in checks, us, king, occupied, theirs, target, pinned);

        if (checkers == 0 && s.Castling != 0 && !sink.Done)
        {
            GenerateCastling(ref s, ref sink, us, occupied);
        }
    }

    /// <summary>
    /// The squares of <paramref name="candidates"/> that the king may step to: leapers and pawns are removed in bulk,
    /// and only the squares left need a slider look-up each (with the king lifted, so it cannot hide behind itself).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SafeKingTargets(ref BoardState s, int them, int king, ulong withoutKing, ulong candidates)
    {
        if (candidates == 0)
        {
            return 0;
        }
        var theirs = s.Bb.At(them);
        var theirPawns = s.Bb.At(PawnIndex) & theirs;
        candidates &= ~(them == (int)Color.White
            ? ((theirPawns & ~FileA) << 7) | ((theirPawns & ~FileH) << 9)
            : ((theirPawns & ~FileA) >> 9) | ((theirPawns & ~FileH) >> 7));
        candidates &= ~Attacks.King(BitOperations.TrailingZeroCount(s.Bb.At(KingIndex) & theirs));
        var theirKnights = s.Bb.At(KnightIndex) & theirs;
        while (theirKnights != 0 && candidates != 0)
        {
            candidates &= ~Attacks.Knight(BitOperations.TrailingZeroCount(theirKnights));
            theirKnights &= theirKnights - 1;
        }
        var diagonalSliders = (s.Bb.At(BishopIndex) | s.Bb.At(QueenIndex)) & theirs;
        var straightSliders = (s.Bb.At(RookIndex) | s.Bb.At(QueenIndex)) & theirs;
        var safe = 0UL;
        while (candidates != 0)
        {
            var to = BitOperations.TrailingZeroCount(candidates);
            candidates &= candidates - 1;
            if ((Attacks.Bishop(to, withoutKing) & diagonalSliders) == 0 && (Attacks.Rook(to, withoutKing) & straightSliders) == 0)
            {
                safe |= 1UL << to;
            }
        }
        return safe;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong PinnedPieces(ref BoardState s, int us, int king, ulong occupied) =>
        Blockers(ref s, king, us, occupied, us ^ 1);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void GenerateCastling<TSink>(ref BoardState s, ref TSink sink, int us, ulong occupied)
        where TSink : struct, IMoveSink, allows ref struct
    {
        var rights = us == (int)Color.White ? s.Castling & (WhiteKingside | WhiteQueenside) : s.Castling >> 2;
        var baseSquare = us == (int)Color.White ? 0 : 56;
        var kingFrom = baseSquare + 4;
        if ((rights & 1) != 0
            && (occupied & (0x60UL << baseSquare)) == 0
            && !IsAttackedBy(ref s, baseSquare + 5, occupied, us ^ 1)
            && !IsAttackedBy(ref s, baseSquare + 6, occupied, us ^ 1))
        {
            AddSpecial(ref s, ref sink, new Move(kingFrom, baseSquare + 6, Move.KindCastling));
        }
        if ((rights & 2) != 0
            && (occupied & (0x0EUL << baseSquare)) == 0
            && !IsAttackedBy(ref s, baseSquare + 3, occupied, us ^ 1)
            && !IsAttackedBy(ref s, baseSquare + 2, occupied, us ^ 1))
        {
            AddSpecial(ref s, ref sink, new Move(kingFrom, baseSquare + 2, Move.KindCastling));
        }
    }

    /// <summary>Castling, en passant and single promotions: rare, so a checks-only sink tests each in full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddSpecial<TSink>(ref BoardState s, ref TSink sink, Move move)
        where TSink : struct, IMoveSink, allows ref struct
    {
        if (!TSink.ChecksOnly || GivesCheck(ref s, move))
        {
            sink.Add(move);
        }
    }
}
