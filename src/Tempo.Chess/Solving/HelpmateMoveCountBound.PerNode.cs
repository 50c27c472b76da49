using System.Numerics;

namespace Tempo.Chess.Solving;

// The bound's first stage (every White man with its move at once), drawn once per search node so that each move of
// the node is tested in a few operations without being made.
internal static partial class HelpmateMoveCountBound
{
    /// <summary>Slots of the buffer <see cref="ForLastBlackMove"/> fills: one per White man.</summary>
    public const int LastBlackSplitSlots = 16;

    /// <summary>
    /// For Black's last move (Black to move, then White's mate): every White man with one move, and each White man with
    /// its move the others standing (into <paramref name="splits"/>, <see cref="LastBlackSplitSlots"/> slots), drawn once
    /// per node, so that each Black move is tested with a few operations (<see cref="LastBlackMove.MatePossibleAfter"/>,
    /// then <see cref="LastBlackMove.MatePossibleAfterBySplit"/>).
    /// </summary>
    public static LastBlackMove ForLastBlackMove(Position position, Span<ulong> splits)
    {
        ulong widest = 0, still = 0;
        int count = 0;
        for (var type = PieceType.Pawn; type <= PieceType.King; type++)
        {
            int kind = KindOf(type, Color.White);
            for (ulong rest = position.Pieces(Color.White, type); rest != 0; rest &= rest - 1)
            {
                int index = Index(kind, BitOperations.TrailingZeroCount(rest), 0);
                widest |= CoverTable[index + 1];
                still |= CoverTable[index];
                if (count < splits.Length)
                {
                    splits[count] = CoverTable[index + 1];
                }
                count++;
            }
        }
        // More White men than slots cannot stand on a legal board; the split stage then answers "possible", as the count.
        bool split = count <= splits.Length;
        for (int i = 0; split && i < count; i++)
        {
            splits[i] |= still;
        }
        return new LastBlackMove(position, widest, split ? splits[..count] : default, split);
    }

    /// <summary>
    /// <see cref="MatePossible"/> with one White move and no Black move left, for the position after each Black move of
    /// one node: its first stage (every White man with its move at once), then the count itself (one man moving).
    /// </summary>
    public readonly ref struct LastBlackMove
    {
        private readonly Position _position;
        private readonly ulong _widest;
        private readonly ReadOnlySpan<ulong> _splits;
        private readonly ulong _white;
        private readonly ulong _blackMen;
        private readonly ulong _blackKing;
        private readonly bool _drawn;
        private readonly bool _split;

        internal LastBlackMove(Position position, ulong widest, ReadOnlySpan<ulong> splits, bool split)
        {
            _position = position;
            _widest = widest;
            _splits = splits;
            _split = split;
            _white = position.Pieces(Color.White);
            _blackKing = position.Pieces(Color.Black, PieceType.King);
            _blackMen = position.Pieces(Color.Black) & ~_blackKing;
            _drawn = position.CastlingBits == 0 && position.SideToMove == Color.Black;
        }

        /// <summary>
        /// False only if no White move can mate after Black's legal <paramref name="move"/>: the first stage. A move
        /// that takes a White man (its cover would have to go), castles or takes en passant is not drawn: true.
        /// </summary>
        public bool MatePossibleAfter(Move move)
        {
            if (!Drawn(move, out ulong king, out ulong men))
            {
                return true;
            }
            // The king attacked, and no square next to it both unattacked and empty of Black men.
            int k = BitOperations.TrailingZeroCount(king);
            return (_widest & king) != 0 && (Attacks.King(k) & ~_widest & ~men) == 0;
        }

        /// <summary>
        /// <see cref="AfterMove"/> of Black's legal <paramref name="move"/> with one White move and no Black move left,
        /// the same answer, drawn from this node's covers (each White man in turn with its move, the others standing; a
        /// move <see cref="MatePossibleAfter"/> does not draw goes to <see cref="AfterMove"/>). The caller asks
        /// <see cref="MatePossibleAfter"/> first.
        /// </summary>
        public bool MatePossibleAfterBySplit(Move move)
        {
            if (!_split || !Drawn(move, out ulong king, out ulong men))
            {
                return AfterMove(_position, move, 1, 0);
            }
            ulong flights = Attacks.King(BitOperations.TrailingZeroCount(king));
            foreach (ulong cover in _splits)
            {
                if ((cover & king) != 0 && (flights & ~cover & ~men) == 0)
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Black's king and other men after <paramref name="move"/>, if the move is drawn at all.</summary>
        private bool Drawn(Move move, out ulong king, out ulong men)
        {
            ulong toBit = 1UL << move.ToIndex;
            king = _blackKing;
            men = _blackMen;
            if (!_drawn || (_white & toBit) != 0 || move.Kind is not (Move.KindNormal or Move.KindPromotion))
            {
                return false;
            }
            ulong fromBit = 1UL << move.FromIndex;
            if ((king & fromBit) != 0)
            {
                king = toBit;
            }
            else
            {
                men = (men & ~fromBit) | toBit;
            }
            return true;
        }
    }

    /// <summary>Slots of the buffer <see cref="ForPenultimateWhiteMove"/> fills: two covers per square.</summary>
    public const int PenultimateCoverSlots = 128;

    /// <summary>
    /// For White's move before Black's last (White to move, then one Black and one White move): Black's side and each
    /// White man's cover with one move and standing, drawn once per node into <paramref name="covers"/>
    /// (<see cref="PenultimateCoverSlots"/> slots, by square), so that each White move is tested with a few operations
    /// (<see cref="PenultimateWhiteMove.MatePossibleAfter"/>, then <see cref="PenultimateWhiteMove.MatePossibleAfterBySplit"/>).
    /// </summary>
    public static PenultimateWhiteMove ForPenultimateWhiteMove(Position position, Span<ulong> covers)
    {
        ulong white = position.Pieces(Color.White);
        for (var type = PieceType.Pawn; type <= PieceType.King; type++)
        {
            int kind = KindOf(type, Color.White);
            for (ulong rest = position.Pieces(Color.White, type); rest != 0; rest &= rest - 1)
            {
                int sq = BitOperations.TrailingZeroCount(rest);
                covers[sq] = CoverTable[Index(kind, sq, 1)];
                covers[64 + sq] = CoverTable[Index(kind, sq, 0)];
            }
        }
        ulong blackKingBit = position.Pieces(Color.Black, PieceType.King);
        ulong blackMen = position.Pieces(Color.Black) & ~blackKingBit;
        ulong reach = 0;
        for (var type = PieceType.Pawn; type < PieceType.King; type++)
        {
            int kind = KindOf(type, Color.Black);
            for (ulong rest = position.Pieces(Color.Black, type); rest != 0; rest &= rest - 1)
            {
                reach |= ReachTable[Index(kind, BitOperations.TrailingZeroCount(rest), 1)];
            }
        }
        var closing = new Closing(BitOperations.TrailingZeroCount(blackKingBit), blackMen, reach, reach, reach, 1);
        bool drawn = position.CastlingBits == 0 && position.SideToMove == Color.White;
        return new PenultimateWhiteMove(position, covers, white, blackMen, closing, drawn);
    }

    /// <summary>
    /// <see cref="MatePossible"/> with one move of each side left, relaxed to its first stage (every White man with its
    /// move at once), for the position after each White move of one node.
    /// </summary>
    public readonly ref struct PenultimateWhiteMove
    {
        private readonly Position _position;
        private readonly ReadOnlySpan<ulong> _covers;
        private readonly ulong _white;
        private readonly ulong _blackMen;
        private readonly Closing _closing;
        private readonly bool _drawn;

        internal PenultimateWhiteMove(Position position, ReadOnlySpan<ulong> covers, ulong white, ulong blackMen, Closing closing, bool drawn)
        {
            _position = position;
            _covers = covers;
            _white = white;
            _blackMen = blackMen;
            _closing = closing;
            _drawn = drawn;
        }

        /// <summary>
        /// False only if no Black move and White mate can follow White's legal <paramref name="move"/>. A move that takes
        /// a Black man (Black's side would change), castles or takes en passant is not drawn: true.
        /// </summary>
        public bool MatePossibleAfter(Move move)
        {
            ulong toBit = 1UL << move.ToIndex;
            if (!_drawn || (_blackMen & toBit) != 0 || move.Kind is not (Move.KindNormal or Move.KindPromotion))
            {
                return true;
            }
            int from = move.FromIndex;
            var type = move.Kind == Move.KindPromotion ? move.Promotion : _position.PieceAt(new Square(from))!.Value.Type;
            ulong widest = CoverTable[Index(KindOf(type, Color.White), move.ToIndex, 1)];
            for (ulong rest = _white & ~(1UL << from); rest != 0; rest &= rest - 1)
            {
                widest |= _covers[BitOperations.TrailingZeroCount(rest)];
            }
            return _closing.CanMate(widest);
        }

        /// <summary>
        /// <see cref="AfterMove"/> of White's legal <paramref name="move"/> with one move of each side left, the same
        /// answer, drawn from this node's covers: each man in turn with its move, the others standing (a move that
        /// takes a Black man, castles or takes en passant, or a node not drawn, goes to <see cref="AfterMove"/>). Its
        /// first stage is <see cref="MatePossibleAfter"/>, which the caller asks first.
        /// </summary>
        public bool MatePossibleAfterBySplit(Move move)
        {
            ulong toBit = 1UL << move.ToIndex;
            if (!_drawn || (_blackMen & toBit) != 0 || move.Kind is not (Move.KindNormal or Move.KindPromotion))
            {
                return AfterMove(_position, move, 1, 1);
            }
            int from = move.FromIndex;
            var type = move.Kind == Move.KindPromotion ? move.Promotion : _position.PieceAt(new Square(from))!.Value.Type;
            int moverIndex = Index(KindOf(type, Color.White), move.ToIndex, 0);
            ulong others = _white & ~(1UL << from);
            ulong still = CoverTable[moverIndex];
            for (ulong rest = others; rest != 0; rest &= rest - 1)
            {
                still |= _covers[64 + BitOperations.TrailingZeroCount(rest)];
            }
            if (_closing.CanMate(still | CoverTable[moverIndex + 1]))
            {
                return true;
            }
            for (ulong rest = others; rest != 0; rest &= rest - 1)
            {
                if (_closing.CanMate(still | _covers[BitOperations.TrailingZeroCount(rest)]))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
