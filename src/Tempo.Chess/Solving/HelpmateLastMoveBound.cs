using System.Numerics;

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
/// </remarks>
internal static class HelpmateLastMoveBound
{
    private const ulong LastRank = 0xFF00000000000000UL;
    private const ulong SecondRank = 0x000000000000FF00UL;
    private const ulong SeventhRank = 0x00FF000000000000UL;

    /// <summary>False only if no Black move followed by a White move can mate Black. Black must be to move.</summary>
    public static bool MatePossible(Position position)
    {
        if (position.CastlingBits != 0 || position.EnPassantSquare is not null)
        {
            return true;
        }
        ulong white = position.Pieces(Color.White);
        ulong black = position.Pieces(Color.Black);
        int blackKing = BitOperations.TrailingZeroCount(position.Pieces(Color.Black, PieceType.King));
        ulong blackMen = black & ~(1UL << blackKing);
        ulong occupied = white | black;
        ulong blackReach = BlackTargets(position, blackMen, occupied);
        ulong kingSquares = (1UL << blackKing) | (Attacks.King(blackKing) & ~blackMen);

        Span<int> squares = stackalloc int[16];
        Span<PieceType> types = stackalloc PieceType[16];
        int count = 0;
        for (ulong rest = white; rest != 0; rest &= rest - 1)
        {
            int sq = BitOperations.TrailingZeroCount(rest);
            squares[count] = sq;
            types[count] = position.PieceAt(new Square(sq))!.Value.Type;
            count++;
        }
        for (int i = 0; i < count; i++)
        {
            int from = squares[i];
            ulong lines = occupied & ~(1UL << from) & ~(1UL << blackKing);
            ulong others = 0;
            for (int j = 0; j < count; j++)
            {
                if (j != i)
                {
                    others |= Cover(types[j], squares[j], lines, blackMen);
                }
            }
            ulong targets = types[i] == PieceType.Pawn ? PawnTargets(from) : Cover(types[i], from, lines, blackMen);
            for (; targets != 0; targets &= targets - 1)
            {
                int to = BitOperations.TrailingZeroCount(targets);
                ulong cover = others;
                if (types[i] == PieceType.Pawn && (1UL << to & LastRank) != 0)
                {
                    cover |= Cover(PieceType.Queen, to, lines, blackMen) | Attacks.Knight(to);
                }
                else
                {
                    cover |= Cover(types[i], to, lines, blackMen);
                }
                if (CanMate(cover, kingSquares, blackKing, blackMen, blackReach))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Whether some king square is attacked and all its flights are attacked or blocked as the remarks allow.</summary>
    private static bool CanMate(ulong cover, ulong kingSquares, int blackKing, ulong blackMen, ulong blackReach)
    {
        for (ulong checks = kingSquares & cover; checks != 0; checks &= checks - 1)
        {
            int k = BitOperations.TrailingZeroCount(checks);
            ulong open = Attacks.King(k) & ~cover & ~blackMen;
            if (open == 0)
            {
                return true;
            }
            if (k == blackKing && (open & (open - 1)) == 0 && (open & blackReach) != 0)
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

    /// <summary>Every square a Black man (not the king) might move to in P: a superset of its real targets.</summary>
    private static ulong BlackTargets(Position position, ulong blackMen, ulong occupied)
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
