namespace Tempo.Chess.Tests;

public sealed class HashAfterTests
{
    [Fact]
    public void Hash_after_a_move_equals_the_hash_once_it_is_played_two_plies_deep_in_the_tricky_perft_positions()
    {
        var checkedMoves = 0;
        var castlings = 0;
        var enPassants = 0;
        var promotions = 0;
        foreach (var fen in TestData.PerftEntries("perft-tricky.epd").Select(e => e.Fen).Distinct())
        {
            var position = Position.Parse(fen);
            foreach (var first in Legal(position))
            {
                Check(position, first);
                position.MakeMove(first);
                foreach (var second in Legal(position))
                {
                    Check(position, second);
                }
                position.UnmakeMove();
            }
        }
        Assert.True(checkedMoves > 10_000, $"only {checkedMoves} moves checked");
        Assert.True(castlings > 0 && enPassants > 0 && promotions > 0, $"castlings {castlings}, en passant {enPassants}, promotions {promotions}");

        void Check(Position position, Move move)
        {
            var predicted = position.HashAfter(move);
            position.MakeMove(move);
            var actual = position.Hash;
            position.UnmakeMove();
            Assert.True(predicted == actual, $"{position.ToFen()} {move.ToUci()}: predicted {predicted:x16}, played {actual:x16}");
            checkedMoves++;
            castlings += move.IsCastling ? 1 : 0;
            enPassants += move.IsEnPassant ? 1 : 0;
            promotions += move.Promotion != PieceType.None ? 1 : 0;
        }
    }

    private static Move[] Legal(Position position)
    {
        var moves = new Move[Position.MaxMoves];
        return moves[..position.GenerateLegalMoves(moves)];
    }
}
