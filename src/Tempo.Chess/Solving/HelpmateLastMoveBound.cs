using System.Numerics;
using System.Runtime.CompilerServices;

namespace Tempo.Chess.Solving;

/// <summary>
/// An exact test for a helpmate node with Black to move and two half-moves left (one Black move, then White's mate):
/// when it says no mate is possible, none is. It only over-approximates what the two moves can do, so it may say
/// "possible" where there is no mate, never the reverse.
/// </summary>
/// <remarks>
/// <para>Proof. Let P be this position, P2 the position after Black's move b and White's mating move w, the Black king
/// on k in P2. Mate in P2 needs (i) k attacked by White and (ii) every square f next to k either holding a Black man or
/// attacked by White with the king taken off k. The test looks for a White piece X and a square s such that, with X
/// moved to s and every other White piece where it stands, some k meets (i) and (ii) under these over-approximations:</para>
/// <para>- Lines. P2's pieces include every piece of P except the Black king, X's square x and b's origin (one Black
/// man). A ray from a White piece in P2 therefore stops at the first Black man of P it meets, unless that man is b's
/// origin; it also stops at any White piece of P other than X (if Black captured it, Black's man stands there). The
/// test removes x, the Black king and the first Black man on every ray, so each ray it draws reaches at least as far
/// as in P2. The same rays, drawn from x, hold every square X can move to after b; knights, kings and pawns use their
/// full tables (pawns: one and two steps and both captures); a pawn landing on the last rank may be a queen or a knight
/// (a rook or bishop attacks no more than the queen).</para>
/// <para>- Black men. After a king move, Black's men in P2 are among P's; after another move, among P's plus b's
/// target, which is among the squares a Black man of P attacks or pushes to. So a flight left unattacked must hold one
/// of P's Black men, or (king standing) at most one such flight may be b's target.</para>
/// <para>Castling (two pieces move) and en passant (a White pawn vanishes when Black takes it) are left out: with either
/// right in P the test answers "possible". White taking en passant after Black's double step leaves the stepped-over
/// square empty, which was empty in P, so it needs nothing more. Captured pieces only lose attacks, so they are
/// covered. Checked against the whole helpmate set (tests/data), whose solution lists stay Popeye's.</para>
/// <para>Speed, with the same answer: each White piece's cover is drawn once with every White piece standing and drawn
/// again for X's absence only where X's square lies on it (taking a man off a ray that does not reach it changes
/// nothing); when no other piece attacks a king square, only the squares from which X would attack one are tried (for
/// rays, "attacks past at most one Black man between" reads the same from either end); Black's targets are drawn only
/// when a single flight is left open.</para>
/// </remarks>
// Small fixed buffers are stackalloc'ed per call; every slot read was written first.
[SkipLocalsInit]
internal static class HelpmateLastMoveBound
{
    private const ulong LastRank = 0xFF00000000000000UL;
    private const ulong SecondRank = 0x000000000000FF00UL;
    private const ulong SeventhRank = 0x00FF000000000000UL;
    private const int KingIndex = (int)PieceType.King;

    /// <summary>False only if no Black move followed by a White move can mate Black. Black must be to move.</summary>
    public static bool MatePossible(Position position)
    {
        if (position.CastlingBits != 0 || position.EnPassantSquare is not null)
        {
            return true;
        }
        Span<ulong> white = stackalloc ulong[KingIndex + 1];
        for (var type = PieceType.Pawn; type <= PieceType.King; type++)
        {
            white[(int)type] = position.Pieces(Color.White, type);
        }
        ulong blackKing = position.Pieces(Color.Black, PieceType.King);
        return Possible(position, white, position.Pieces(Color.Black) & ~blackKing, blackKing);
    }

    /// <summary>
    /// <see cref="MatePossible"/> of the position after White's legal <paramref name="move"/> (White to move here),
    /// drawn without making the move: <see cref="LastMoveVerdict.Unknown"/> where the position after could hold a
    /// castling right or an en-passant square, or the move castles or takes en passant.
    /// </summary>
    public static LastMoveVerdict AfterWhiteMove(Position position, Move move)
    {
        if (!DrawnWithoutMove(position, move))
        {
            return LastMoveVerdict.Unknown;
        }
        int from = move.FromIndex, to = move.ToIndex;
        var moved = position.PieceAt(new Square(from))!.Value.Type;
        Span<ulong> white = stackalloc ulong[KingIndex + 1];
        for (var type = PieceType.Pawn; type <= PieceType.King; type++)
        {
            white[(int)type] = position.Pieces(Color.White, type);
        }
        white[(int)moved] &= ~(1UL << from);
        white[(int)(move.Kind == Move.KindPromotion ? move.Promotion : moved)] |= 1UL << to;
        ulong blackKing = position.Pieces(Color.Black, PieceType.King);
        ulong blackMen = position.Pieces(Color.Black) & ~blackKing & ~(1UL << to);
        return Possible(position, white, blackMen, blackKing) ? LastMoveVerdict.Possible : LastMoveVerdict.Impossible;
    }

    /// <summary>
    /// Whether <see cref="AfterWhiteMove"/> draws a verdict for <paramref name="move"/>: no castling right stands, and
    /// the move neither castles, takes en passant nor steps a pawn two squares.
    /// </summary>
    public static bool DrawnWithoutMove(Position position, Move move) =>
        position.CastlingBits == 0
        && move.Kind is Move.KindNormal or Move.KindPromotion
        && !((move.FromIndex ^ move.ToIndex) == 16 && (position.Pieces(Color.White, PieceType.Pawn) & 1UL << move.FromIndex) != 0);

    /// <summary>
    /// The test itself, on White's men by type (<paramref name="white"/>[type]), Black's men but the king and Black's
    /// king; <paramref name="blackTypes"/> tells the type of each of Black's men (it may hold more of them).
    /// </summary>
    private static bool Possible(Position blackTypes, ReadOnlySpan<ulong> white, ulong blackMen, ulong blackKingBit)
    {
        int blackKing = BitOperations.TrailingZeroCount(blackKingBit);
        ulong occupied = blackMen | blackKingBit;
        for (var type = PieceType.Pawn; type <= PieceType.King; type++)
        {
            occupied |= white[(int)type];
        }
        // Every man but Black's king; each White piece X takes its own square off below.
        ulong allLines = occupied & ~blackKingBit;
        ulong kingSquares = blackKingBit | (Attacks.King(blackKing) & ~blackMen);
        var reach = new BlackReach(blackTypes, blackMen, occupied);

        Span<int> squares = stackalloc int[64];
        Span<PieceType> types = stackalloc PieceType[64];
        Span<ulong> covers = stackalloc ulong[64];
        int count = 0;
        for (var type = PieceType.Pawn; type <= PieceType.King; type++)
        {
            for (ulong rest = white[(int)type]; rest != 0; rest &= rest - 1)
            {
                int sq = BitOperations.TrailingZeroCount(rest);
                squares[count] = sq;
                types[count] = type;
                covers[count] = Cover(type, sq, allLines, blackMen);
                count++;
            }
        }
        for (int i = 0; i < count; i++)
        {
            int from = squares[i];
            var type = types[i];
            ulong fromBit = 1UL << from;
            ulong lines = allLines & ~fromBit;
            ulong others = 0;
            for (int j = 0; j < count; j++)
            {
                if (j != i)
                {
                    others |= (covers[j] & fromBit) != 0 && IsSlider(types[j]) ? Cover(types[j], squares[j], lines, blackMen) : covers[j];
                }
            }
            // A ray from X's square is the same with X on it or not.
            ulong targets = type == PieceType.Pawn ? PawnTargets(from) : covers[i];
            if ((others & kingSquares) == 0)
            {
                targets &= CheckingSquares(type, kingSquares, lines, blackMen);
            }
            for (; targets != 0; targets &= targets - 1)
            {
                int to = BitOperations.TrailingZeroCount(targets);
                ulong cover = others;
                if (type == PieceType.Pawn && (1UL << to & LastRank) != 0)
                {
                    cover |= Cover(PieceType.Queen, to, lines, blackMen) | Attacks.Knight(to);
                }
                else
                {
                    cover |= Cover(type, to, lines, blackMen);
                }
                if (CanMate(cover, kingSquares, blackKing, blackMen, ref reach))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool IsSlider(PieceType type) => type is PieceType.Bishop or PieceType.Rook or PieceType.Queen;

    /// <summary>
    /// Every square from which a White <paramref name="type"/> would attack a square of <paramref name="kingSquares"/>
    /// as <see cref="Cover"/> draws it (a pawn: every last-rank square, where it may promote).
    /// </summary>
    private static ulong CheckingSquares(PieceType type, ulong kingSquares, ulong lines, ulong blackMen)
    {
        ulong result = type == PieceType.Pawn ? LastRank : 0;
        for (; kingSquares != 0; kingSquares &= kingSquares - 1)
        {
            int k = BitOperations.TrailingZeroCount(kingSquares);
            result |= type switch
            {
                PieceType.Pawn => Attacks.Pawn((int)Color.Black, k),
                _ => Cover(type, k, lines, blackMen),
            };
        }
        return result;
    }

    /// <summary>Whether some king square is attacked and all its flights are attacked or blocked as the remarks allow.</summary>
    private static bool CanMate(ulong cover, ulong kingSquares, int blackKing, ulong blackMen, ref BlackReach reach)
    {
        for (ulong checks = kingSquares & cover; checks != 0; checks &= checks - 1)
        {
            int k = BitOperations.TrailingZeroCount(checks);
            ulong open = Attacks.King(k) & ~cover & ~blackMen;
            if (open == 0)
            {
                return true;
            }
            if (k == blackKing && (open & (open - 1)) == 0 && (open & reach.Squares) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Squares a White piece on <paramref name="sq"/> may attack in P2: its rays see past the first Black man.</summary>
    private static ulong Cover(PieceType type, int sq, ulong lines, ulong blackMen) => type switch
    {
        PieceType.Pawn => Attacks.Pawn((int)Color.White, sq),
        PieceType.Knight => Attacks.Knight(sq),
        PieceType.King => Attacks.King(sq),
        PieceType.Bishop => PastFirstBlack(sq, lines, blackMen, diagonal: true, straight: false),
        PieceType.Rook => PastFirstBlack(sq, lines, blackMen, diagonal: false, straight: true),
        _ => PastFirstBlack(sq, lines, blackMen, diagonal: true, straight: true),
    };

    private static ulong PastFirstBlack(int sq, ulong lines, ulong blackMen, bool diagonal, bool straight)
    {
        ulong result = 0;
        if (diagonal)
        {
            ulong first = Attacks.Bishop(sq, lines);
            result |= Attacks.Bishop(sq, lines & ~(first & blackMen));
        }
        if (straight)
        {
            ulong first = Attacks.Rook(sq, lines);
            result |= Attacks.Rook(sq, lines & ~(first & blackMen));
        }
        return result;
    }

    /// <summary>Every square a White pawn on <paramref name="sq"/> might move to: one or two steps, or a capture.</summary>
    private static ulong PawnTargets(int sq)
    {
        ulong bit = 1UL << sq;
        ulong result = (bit << 8) | Attacks.Pawn((int)Color.White, sq);
        if ((bit & SecondRank) != 0)
        {
            result |= bit << 16;
        }
        return result;
    }

    /// <summary>Every square a Black man (not the king) might move to in P, a superset of its real targets: drawn on first use.</summary>
    private struct BlackReach(Position position, ulong blackMen, ulong occupied)
    {
        private ulong _squares;
        private bool _drawn;

        public ulong Squares
        {
            get
            {
                if (!_drawn)
                {
                    _squares = Draw(position, blackMen, occupied);
                    _drawn = true;
                }
                return _squares;
            }
        }

        private static ulong Draw(Position position, ulong blackMen, ulong occupied)
        {
            ulong result = 0;
            for (ulong rest = blackMen; rest != 0; rest &= rest - 1)
            {
                int sq = BitOperations.TrailingZeroCount(rest);
                ulong bit = 1UL << sq;
                result |= position.PieceAt(new Square(sq))!.Value.Type switch
                {
                    PieceType.Pawn => (bit >> 8) | ((bit & SeventhRank) >> 16) | Attacks.Pawn((int)Color.Black, sq),
                    PieceType.Knight => Attacks.Knight(sq),
                    PieceType.Bishop => Attacks.Bishop(sq, occupied),
                    PieceType.Rook => Attacks.Rook(sq, occupied),
                    _ => Attacks.Queen(sq, occupied),
                };
            }
            return result;
        }
    }
}
