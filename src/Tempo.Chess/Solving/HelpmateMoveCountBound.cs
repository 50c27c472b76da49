using System.Numerics;

namespace Tempo.Chess.Solving;

/// <summary>
/// An exact test for a helpmate node with a few moves of each side left: it counts the moves each side needs for a
/// mating position, with every piece moving on an empty board, and says "impossible" only when no final king square
/// can be reached, checked and closed within the moves left. It over-approximates what the moves can do, so it may say
/// "possible" where there is no mate, never the reverse.
/// </summary>
/// <remarks>
/// <para>Proof. Let Q be the mating position, reached after exactly <c>w</c> White and <c>b</c> Black moves, the Black
/// king on k. (i) The king walks from its square k0 to k one square per move: it makes at least d = the king distance
/// of k0 and k moves. (ii) k is attacked by a White man of Q. (iii) Every square f next to k holds a Black man of Q or
/// is attacked by a White man of Q (with the king off k).</para>
/// <para>White. Every White man of Q is one of P's (a promoted pawn counts as its pawn) that made a_i moves, with
/// a_1 + … + a_n ≤ w (each White move moves one man: castling is left out, the test answers "possible" where a castling
/// right stands). A man that made a moves stands on a square it reaches in at most a moves on an empty board (any legal
/// path is one there; a pawn steps, double-steps from its first rank and takes diagonally forward, and once on the last
/// rank moves as a queen or a knight, which covers every promotion). What it attacks in Q lies within what that piece
/// attacks from such a square on an empty board (a pawn promoted on the last rank: a queen's or a knight's attacks).
/// So what White attacks in Q lies within the union of these covers for some split (a_i) of w moves: the test tries
/// each split (each man's cover only grows with its moves, so splits of exactly w suffice).</para>
/// <para>Black. A square next to k that no White cover reaches needs a Black man in Q. If no Black man stands there in
/// P, one must move there, with a move of its own: distinct squares need distinct men, so distinct moves, none of them
/// a king move; and the man closing a hole makes at least as many moves as it needs to reach it on an empty board
/// (counted as one, two, or three for three and more). So b ≥ d + the sum of these counts over the squares next to k
/// that no cover reaches and no Black man of P holds ("holes"); a hole no Black man reaches within b moves cannot be
/// closed at all.</para>
/// <para>Captures only take men away (fewer blocks, fewer attacks), and en passant moves no piece anywhere a capture
/// could not: both are covered.</para>
/// </remarks>
internal static partial class HelpmateMoveCountBound
{
    /// <summary>The most moves of either side the tables hold.</summary>
    public const int MaxMoves = 3;

    private const int Kinds = 7;
    private const int KingIndex = (int)PieceType.King;
    private const int WhitePawnKind = 0;
    private const int BlackPawnKind = 1;

    // Not a table row: a promoted pawn, which moves and attacks as a queen or a knight.
    private const int PromotedKind = 7;
    private const ulong FileA = 0x0101010101010101UL;
    private const ulong FileH = FileA << 7;
    private const ulong FirstRank = 0xFFUL;
    private const ulong LastRank = 0xFF00000000000000UL;

    // [(kind * 64 + square) * (MaxMoves + 1) + moves]: squares a man reaches within the moves, and what it attacks from them.
    private static readonly ulong[] ReachTable = new ulong[Kinds * 64 * (MaxMoves + 1)];
    private static readonly ulong[] CoverTable = new ulong[Kinds * 64 * (MaxMoves + 1)];

    // [square * (MaxMoves + 1) + d]: squares at king distance at most d.
    private static readonly ulong[] BallTable = new ulong[64 * (MaxMoves + 1)];

    static HelpmateMoveCountBound()
    {
        for (int kind = 0; kind < Kinds; kind++)
        {
            for (int sq = 0; sq < 64; sq++)
            {
                // A pawn's squares split into those it stands on as a pawn and those it reached promoted.
                bool pawn = kind is WhitePawnKind or BlackPawnKind;
                ulong promotionRank = kind == WhitePawnKind ? LastRank : FirstRank;
                ulong asPawn = pawn ? 1UL << sq : 0, promoted = pawn ? 0 : 1UL << sq;
                for (int moves = 0; moves <= MaxMoves; moves++)
                {
                    ReachTable[Index(kind, sq, moves)] = asPawn | promoted;
                    CoverTable[Index(kind, sq, moves)] = PawnSteps(kind, asPawn, captures: true) | AttacksFrom(pawn ? PromotedKind : kind, promoted);
                    ulong stepped = PawnSteps(kind, asPawn, captures: false) | PawnSteps(kind, asPawn, captures: true);
                    promoted |= AttacksFrom(pawn ? PromotedKind : kind, promoted) | (stepped & promotionRank);
                    asPawn |= stepped & ~promotionRank;
                }
            }
        }
        for (int sq = 0; sq < 64; sq++)
        {
            ulong ball = 1UL << sq;
            for (int d = 0; d <= MaxMoves; d++)
            {
                BallTable[sq * (MaxMoves + 1) + d] = ball;
                ball |= Neighbours(ball);
            }
        }
    }

    /// <summary>
    /// False only if no mate of Black can come after exactly <paramref name="whiteMoves"/> White and
    /// <paramref name="blackMoves"/> Black moves (in either order), both at most <see cref="MaxMoves"/>.
    /// </summary>
    public static bool MatePossible(Position position, int whiteMoves, int blackMoves)
    {
        if (position.CastlingBits != 0 || whiteMoves > MaxMoves || blackMoves > MaxMoves || whiteMoves < 1)
        {
            return true;
        }
        Span<ulong> white = stackalloc ulong[KingIndex + 1];
        Span<ulong> black = stackalloc ulong[KingIndex + 1];
        for (var type = PieceType.Pawn; type <= PieceType.King; type++)
        {
            white[(int)type] = position.Pieces(Color.White, type);
            black[(int)type] = position.Pieces(Color.Black, type);
        }
        return Possible(white, black, whiteMoves, blackMoves);
    }

    /// <summary>
    /// <see cref="MatePossible"/> of the position after the side to move plays its legal <paramref name="move"/>, drawn
    /// without making the move, with <paramref name="whiteMoves"/> and <paramref name="blackMoves"/> left after it. True
    /// where a castling right stands (as <see cref="MatePossible"/>) or the move castles or takes en passant (not drawn).
    /// </summary>
    public static bool AfterMove(Position position, Move move, int whiteMoves, int blackMoves)
    {
        if (position.CastlingBits != 0 || move.Kind is not (Move.KindNormal or Move.KindPromotion)
            || whiteMoves > MaxMoves || blackMoves > MaxMoves || whiteMoves < 1)
        {
            return true;
        }
        Span<ulong> white = stackalloc ulong[KingIndex + 1];
        Span<ulong> black = stackalloc ulong[KingIndex + 1];
        ulong toBit = 1UL << move.ToIndex;
        var mover = position.SideToMove;
        for (var type = PieceType.Pawn; type <= PieceType.King; type++)
        {
            white[(int)type] = position.Pieces(Color.White, type) & (mover == Color.White ? ~0UL : ~toBit);
            black[(int)type] = position.Pieces(Color.Black, type) & (mover == Color.Black ? ~0UL : ~toBit);
        }
        var men = mover == Color.White ? white : black;
        var moved = position.PieceAt(new Square(move.FromIndex))!.Value.Type;
        men[(int)moved] &= ~(1UL << move.FromIndex);
        men[(int)(move.Kind == Move.KindPromotion ? move.Promotion : moved)] |= toBit;
        return Possible(white, black, whiteMoves, blackMoves);
    }

    /// <summary>The test on White's and Black's men by type (index <see cref="PieceType"/>).</summary>
    private static bool Possible(ReadOnlySpan<ulong> white, ReadOnlySpan<ulong> black, int whiteMoves, int blackMoves)
    {
        Span<int> men = stackalloc int[16];
        int count = 0;
        ulong still = 0;
        for (var type = PieceType.Pawn; type <= PieceType.King; type++)
        {
            int kind = KindOf(type, Color.White);
            for (ulong rest = white[(int)type]; rest != 0; rest &= rest - 1)
            {
                int sq = BitOperations.TrailingZeroCount(rest);
                if (count == men.Length)
                {
                    // More than 16 White men cannot stand on a legal board; guard the buffer anyway.
                    return true;
                }
                men[count++] = Index(kind, sq, 0);
                still |= CoverTable[Index(kind, sq, 0)];
            }
        }
        ulong blackKingBit = black[KingIndex];
        int blackKing = BitOperations.TrailingZeroCount(blackKingBit);
        ulong blackMen = 0;
        // Where some Black man (not the king) can stand after one, two, and all of Black's moves.
        ulong reachOne = 0, reachTwo = 0, reachAll = 0;
        for (var type = PieceType.Pawn; type < PieceType.King; type++)
        {
            int kind = KindOf(type, Color.Black);
            blackMen |= black[(int)type];
            for (ulong rest = black[(int)type]; rest != 0; rest &= rest - 1)
            {
                int sq = BitOperations.TrailingZeroCount(rest);
                reachOne |= ReachTable[Index(kind, sq, 1)];
                reachTwo |= ReachTable[Index(kind, sq, Math.Min(2, blackMoves))];
                reachAll |= ReachTable[Index(kind, sq, blackMoves)];
            }
        }
        var closing = new Closing(blackKing, blackMen, reachOne, reachTwo, reachAll, blackMoves);

        // Every man with all the moves: a superset of each split's cover, so a "no" here ends the test.
        ulong widest = still;
        for (int i = 0; i < count; i++)
        {
            widest |= CoverTable[men[i] + whiteMoves];
        }
        if (!closing.CanMate(widest))
        {
            return false;
        }
        for (int i = 0; i < count; i++)
        {
            if (closing.CanMate(still | CoverTable[men[i] + whiteMoves]))
            {
                return true;
            }
            if (whiteMoves == 1)
            {
                continue;
            }
            for (int j = 0; j < count; j++)
            {
                if (j == i)
                {
                    continue;
                }
                ulong two = still | CoverTable[men[i] + whiteMoves - 1] | CoverTable[men[j] + 1];
                if (whiteMoves == 2)
                {
                    // The split 1 + 1 is tried once for each order of the pair, and 2 + 0 above.
                    if (j > i && closing.CanMate(two))
                    {
                        return true;
                    }
                    continue;
                }
                // Three moves: 2 + 1 here (i takes two), 1 + 1 + 1 below (i < j < l).
                if (closing.CanMate(two))
                {
                    return true;
                }
                if (j < i)
                {
                    continue;
                }
                for (int l = j + 1; l < count; l++)
                {
                    if (closing.CanMate(still | CoverTable[men[i] + 1] | CoverTable[men[j] + 1] | CoverTable[men[l] + 1]))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>Whether some king square within reach is attacked by <c>cover</c> and closable by Black's moves left.</summary>
    internal readonly struct Closing(int blackKing, ulong blackMen, ulong reachOne, ulong reachTwo, ulong reachAll, int blackMoves)
    {
        public bool CanMate(ulong cover) => blackMoves == 1 ? CanMateInOneBlackMove(cover) : CanMateByCount(cover);

        /// <summary><see cref="CanMate"/> for any number of Black moves: the counts of the remarks, square by square.</summary>
        internal bool CanMateByCount(ulong cover)
        {
            ulong holes = ~cover & ~blackMen;
            // Black moves the holes next to each square need (a hole no Black man reaches in one move costs two, in two
            // three), counted up to four: squares needing at least 1, 2, 3, 4.
            ulong one = 0, two = 0, three = 0, four = 0;
            AddNeighbours(holes, ref one, ref two, ref three, ref four);
            AddNeighbours(holes & ~reachOne, ref one, ref two, ref three, ref four);
            AddNeighbours(holes & ~reachTwo, ref one, ref two, ref three, ref four);
            // Next to a hole no Black man reaches at all.
            ulong candidates = cover & ~Neighbours(holes & ~reachAll);
            ulong inner = 0;
            for (int d = 0; d <= blackMoves; d++)
            {
                ulong ball = BallTable[blackKing * (MaxMoves + 1) + d];
                ulong ring = ball & ~inner;
                inner = ball;
                // d king moves leave blackMoves - d for blocks.
                ulong tooMany = (blackMoves - d) switch
                {
                    0 => one,
                    1 => two,
                    2 => three,
                    _ => four,
                };
                if ((ring & candidates & ~tooMany) != 0)
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// <see cref="CanMate"/> with one Black move left, the hot case, in a few operations with the same answer: the king
        /// stays (its square attacked, at most one hole next to it, closed by a man that reaches it in one move) or
        /// steps once onto an attacked square next to which there is no hole.
        /// </summary>
        private bool CanMateInOneBlackMove(ulong cover)
        {
            ulong holes = ~cover & ~blackMen;
            ulong near = Attacks.King(blackKing) & holes;
            if ((cover & 1UL << blackKing) != 0 && (near & ~reachAll) == 0 && (near & (near - 1)) == 0)
            {
                return true;
            }
            return (Attacks.King(blackKing) & cover & ~Neighbours(holes)) != 0;
        }

        private static void AddNeighbours(ulong holes, ref ulong one, ref ulong two, ref ulong three, ref ulong four)
        {
            if (holes == 0)
            {
                return;
            }
            AddShifted(holes << 8, ref one, ref two, ref three, ref four);
            AddShifted(holes >> 8, ref one, ref two, ref three, ref four);
            AddShifted((holes << 1) & ~FileA, ref one, ref two, ref three, ref four);
            AddShifted((holes >> 1) & ~FileH, ref one, ref two, ref three, ref four);
            AddShifted((holes << 9) & ~FileA, ref one, ref two, ref three, ref four);
            AddShifted((holes << 7) & ~FileH, ref one, ref two, ref three, ref four);
            AddShifted((holes >> 7) & ~FileA, ref one, ref two, ref three, ref four);
            AddShifted((holes >> 9) & ~FileH, ref one, ref two, ref three, ref four);
        }

        private static void AddShifted(ulong x, ref ulong one, ref ulong two, ref ulong three, ref ulong four)
        {
            four |= three & x;
            three |= two & x;
            two |= one & x;
            one |= x;
        }
    }

    private static int Index(int kind, int sq, int moves) => (kind * 64 + sq) * (MaxMoves + 1) + moves;

    private static int KindOf(PieceType type, Color color) =>
        type == PieceType.Pawn ? (color == Color.White ? WhitePawnKind : BlackPawnKind) : (int)type;

    private static ulong Neighbours(ulong x) =>
        (x << 8) | (x >> 8) | ((x << 1 | x << 9 | x >> 7) & ~FileA) | ((x >> 1 | x >> 9 | x << 7) & ~FileH);

    /// <summary>
    /// A pawn's one-move targets from <paramref name="from"/> on an empty board (<paramref name="captures"/>: the diagonal
    /// ones, which are also its attacks; else the steps and double steps); nothing for other kinds.
    /// </summary>
    private static ulong PawnSteps(int kind, ulong from, bool captures)
    {
        ulong result = 0;
        for (; from != 0; from &= from - 1)
        {
            int sq = BitOperations.TrailingZeroCount(from);
            ulong bit = 1UL << sq;
            result |= (kind, captures) switch
            {
                (WhitePawnKind, true) => Attacks.Pawn((int)Color.White, sq),
                (WhitePawnKind, false) => (bit << 8) | ((bit & 0xFF00UL) << 16),
                (BlackPawnKind, true) => Attacks.Pawn((int)Color.Black, sq),
                (BlackPawnKind, false) => (bit >> 8) | ((bit & 0x00FF000000000000UL) >> 16),
                _ => 0,
            };
        }
        return result;
    }

    /// <summary>What a piece of <paramref name="kind"/> (not a pawn) attacks, and so moves to, on an empty board from any square of <paramref name="from"/>.</summary>
    private static ulong AttacksFrom(int kind, ulong from)
    {
        ulong result = 0;
        for (; from != 0; from &= from - 1)
        {
            int sq = BitOperations.TrailingZeroCount(from);
            result |= kind == PromotedKind ? Promoted(sq) : PieceAttacks(kind, sq);
        }
        return result;
    }

    /// <summary>A promoted pawn's moves and attacks: a queen's or a knight's (a rook or bishop does no more than the queen).</summary>
    private static ulong Promoted(int sq) => Attacks.RookEmpty(sq) | Attacks.BishopEmpty(sq) | Attacks.Knight(sq);

    private static ulong PieceAttacks(int kind, int sq) => (PieceType)kind switch
    {
        PieceType.Knight => Attacks.Knight(sq),
        PieceType.Bishop => Attacks.BishopEmpty(sq),
        PieceType.Rook => Attacks.RookEmpty(sq),
        PieceType.Queen => Attacks.RookEmpty(sq) | Attacks.BishopEmpty(sq),
        _ => Attacks.King(sq),
    };
}
