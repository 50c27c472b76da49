using CsCheck;

namespace Tempo.Chess.Tests;

/// <summary>Properties over games generated (and, on failure, shrunk to a shortest move sequence) by CsCheck.</summary>
public sealed class GamePropertyTests
{
    /// <summary>A game is a list of choices; choice i picks legal move (i mod count) in the current position.</summary>
    private static readonly Gen<int[]> Games = Gen.Int[0, 10_000].Array[0, 120];

    private static Position Play(int[] choices)
    {
        var position = Position.StartPosition();
        Span<Move> moves = stackalloc Move[Position.MaxMoves];
        foreach (var choice in choices)
        {
            var count = position.GenerateLegalMoves(moves);
            if (count == 0)
            {
                break;
            }
            position.MakeMove(moves[choice % count]);
        }
        return position;
    }

    [Fact]
    public void Fen_round_trips_and_the_incremental_hash_matches_a_fresh_parse()
    {
        Games.Sample(choices =>
        {
            var position = Play(choices);
            var fen = position.ToFen();
            var parsed = Position.Parse(fen);
            return parsed.ToFen() == fen && parsed.Hash == position.Hash && parsed.InCheck == position.InCheck;
        }, iter: 3000);
    }

    [Fact]
    public void Bulk_counted_perft_equals_make_generate_unmake()
    {
        Games.Sample(choices =>
        {
            var position = Play(choices);
            var moves = new Move[Position.MaxMoves];
            var replies = new Move[Position.MaxMoves];
            var count = position.GenerateLegalMoves(moves);
            long expected = 0;
            for (var i = 0; i < count; i++)
            {
                position.MakeMove(moves[i]);
                expected += position.GenerateLegalMoves(replies);
                position.UnmakeMove();
            }
            return Perft.Count(position, 2) == expected && position.CountLegalMoves() == count;
        }, iter: 3000);
    }

    [Fact]
    public void Check_generation_and_legal_move_test_agree_with_make_and_look()
    {
        Games.Sample(choices =>
        {
            var position = Play(choices);
            var moves = new Move[Position.MaxMoves];
            var checks = new Move[Position.MaxMoves];
            var count = position.GenerateLegalMoves(moves);
            var expected = new List<ushort>();
            for (var i = 0; i < count; i++)
            {
                position.MakeMove(moves[i]);
                if (position.InCheck)
                {
                    expected.Add(moves[i].Value);
                }
                var hasMove = position.HasLegalMove();
                var ok = hasMove == (position.CountLegalMoves() > 0);
                position.UnmakeMove();
                if (!ok)
                {
                    return false;
                }
            }
            var found = checks.Take(position.GenerateLegalChecks(checks)).Select(m => m.Value).Order().ToList();
            return found.SequenceEqual(expected.Order()) && position.HasLegalMove() == (count > 0);
        }, iter: 3000);
    }
}
