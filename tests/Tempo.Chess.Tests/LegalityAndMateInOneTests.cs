namespace Tempo.Chess.Tests;

/// <summary>
/// The mate search's shortcuts on the board: <see cref="Position.IsLegal"/> (a remembered move tried before the moves
/// are generated), <see cref="Position.HasMateInOne"/> (the attacker's last move, tested without a list) and
/// <see cref="Position.CountRepliesAfter"/> (defences scored without making them), each checked against what it stands in for.
/// </summary>
public sealed class LegalityAndMateInOneTests
{
    [Fact]
    public void IsLegal_AnyRemembered16BitMove_IsLegalExactlyWhenTheGeneratorListsIt()
    {
        int legal = 0, illegal = 0, special = 0;
        foreach (var fen in TricksPositions())
        {
            var position = Position.Parse(fen);
            var firstMoves = Legal(position);
            // Moves legal at a sibling are the killers' kind: often legal here, often not (pins, checks, blocked lines).
            var siblingMoves = new HashSet<Move>();
            foreach (var first in firstMoves)
            {
                position.MakeMove(first);
                siblingMoves.UnionWith(Legal(position));
                position.UnmakeMove();
            }
            foreach (var first in firstMoves)
            {
                position.MakeMove(first);
                var here = Legal(position);
                var candidates = new HashSet<Move>(here);
                candidates.UnionWith(siblingMoves);
                // And every normal move of every man of the side to move, wherever it lands.
                ulong men = position.Pieces(position.SideToMove);
                for (int from = 0; from < 64; from++)
                {
                    for (int to = 0; to < 64 && (men >> from & 1) != 0; to++)
                    {
                        candidates.Add(new Move(from, to));
                    }
                }
                candidates.UnionWith(here.Select(m => new Move(m.ToIndex, m.FromIndex)));
                candidates.UnionWith(here.Where(m => m.Kind == Move.KindNormal).Select(m => new Move(m.FromIndex, m.ToIndex, Move.KindPromotion, PieceType.Queen)));
                candidates.UnionWith(here.Where(m => m.Kind == Move.KindNormal).Select(m => new Move(m.FromIndex, m.ToIndex, Move.KindEnPassant)));
                candidates.UnionWith(here.Where(m => m.Kind == Move.KindNormal).Select(m => new Move(m.FromIndex, m.ToIndex, Move.KindCastling)));
                var listed = here.ToHashSet();
                foreach (var move in candidates)
                {
                    bool expected = listed.Contains(move);
                    Assert.True(expected == position.IsLegal(move), $"{position.ToFen()} {move.ToUci()} kind {move.Kind}: generator {expected}");
                    legal += expected ? 1 : 0;
                    illegal += expected ? 0 : 1;
                    special += expected && move.Kind != Move.KindNormal ? 1 : 0;
                }
                position.UnmakeMove();
            }
        }
        Assert.True(legal > 10_000 && illegal > 10_000 && special > 100, $"legal {legal}, illegal {illegal}, special {special}");
    }

    [Theory]
    [InlineData("8/8/8/8/4ppp1/2N1pkp1/8/4K2R w K - 0 1", "e1g1", true)] // only castling mates (Rf1+ alone allows Kg2)
    [InlineData("8/8/8/8/4ppp1/2N1pkp1/8/4K2R w - - 0 1", null, false)] // the same without the right: no mate
    [InlineData("5K2/8/2qk4/2nPp3/3r4/6B1/B7/3R4 w - e6 0 1", "d5e6", true)] // en passant, discovering two checks
    [InlineData("5K2/8/2qk4/2nPp3/3r4/6B1/B7/3R4 w - - 0 1", null, false)] // the same without the en-passant square
    [InlineData("k7/2P5/1K6/8/8/8/8/8 w - - 0 1", "c7c8q", true)] // promotion with check (to a queen or a rook)
    [InlineData("k7/2K5/8/8/N7/8/8/R7 w - - 0 1", "a4b6", true)] // discovered check: any knight move mates
    [InlineData("7k/8/8/8/8/8/8/K5R1 w - - 0 1", null, false)] // checks, but the king escapes
    public void HasMateInOne_SpecialMoves_AgreesWithPlayingEveryMove(string fen, string? aMate, bool mates)
    {
        var position = Position.Parse(fen);
        var mating = Legal(position).Where(m => MatesByPlaying(position, m)).Select(m => m.ToUci()).ToArray();

        Assert.Equal(mates, mating.Length > 0);
        Assert.Equal(mates, position.HasMateInOne());
        if (aMate is not null)
        {
            Assert.Contains(aMate, mating);
        }
    }

    [Fact]
    public void HasMateInOne_TrickyAndMatePositions_AgreesWithPlayingEveryMove()
    {
        int mates = 0, none = 0;
        var fens = TricksPositions().Concat(File.ReadLines(TestData.PathOf("mates-dev.epd")).Select(l => l.Split(" bm ")[0].Trim()));
        foreach (var fen in fens)
        {
            var position = Position.Parse(fen);
            Check(position);
            foreach (var first in Legal(position))
            {
                position.MakeMove(first);
                Check(position);
                position.UnmakeMove();
            }
        }
        Assert.True(mates > 25 && none > 1000, $"mates {mates}, none {none}");

        void Check(Position position)
        {
            bool expected = Legal(position).Any(m => MatesByPlaying(position, m));
            Assert.True(expected == position.HasMateInOne(), $"{position.ToFen()}: playing every move says {expected}");
            mates += expected ? 1 : 0;
            none += expected ? 0 : 1;
        }
    }

    [Fact]
    public void CountRepliesAfter_EveryMoveTwoPliesDeep_EqualsPlayingItAndCounting()
    {
        int moves = 0, checks = 0;
        foreach (var fen in TricksPositions())
        {
            var position = Position.Parse(fen);
            foreach (var first in Legal(position))
            {
                position.MakeMove(first);
                foreach (var move in Legal(position))
                {
                    int replies = position.CountRepliesAfter(move, out bool check);
                    position.MakeMove(move);
                    Assert.True(replies == position.CountLegalMoves() && check == position.InCheck, $"{move.ToUci()} after {first.ToUci()} in {fen}");
                    position.UnmakeMove();
                    moves++;
                    checks += check ? 1 : 0;
                }
                position.UnmakeMove();
            }
        }
        Assert.True(moves > 10_000 && checks > 100, $"moves {moves}, checks {checks}");
    }

    private static IEnumerable<string> TricksPositions() =>
        TestData.PerftEntries("perft-tricky.epd").Select(e => e.Fen).Distinct();

    private static bool MatesByPlaying(Position position, Move move)
    {
        position.MakeMove(move);
        bool mate = position.IsCheckmate();
        position.UnmakeMove();
        return mate;
    }

    private static Move[] Legal(Position position)
    {
        var moves = new Move[Position.MaxMoves];
        return moves[..position.GenerateLegalMoves(moves)];
    }
}
