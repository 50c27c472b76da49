namespace Tempo.Chess.Tests;

public sealed class PositionTests
{
    private static IEnumerable<Position> RandomGamePositions(int seed, int games)
    {
        var random = new Random(seed);
        var moves = new Move[Position.MaxMoves];
        var starts = TestData.PerftEntries("perft-tricky.epd").Select(e => e.Fen).Distinct().Prepend(Position.StartPosition().ToFen()).ToList();
        for (var g = 0; g < games; g++)
        {
            var position = Position.Parse(starts[g % starts.Count]);
            for (var ply = 0; ply < 120; ply++)
            {
                yield return position;
                var count = position.GenerateLegalMoves(moves);
                if (count == 0)
                {
                    break;
                }
                position.MakeMove(moves[random.Next(count)]);
            }
        }
    }

    [Fact]
    public void Incremental_hash_equals_hash_of_reparsed_fen_and_unmake_restores_everything()
    {
        var moves = new Move[Position.MaxMoves];
        var positions = 0;
        foreach (var position in RandomGamePositions(seed: 11, games: 200))
        {
            var fen = position.ToFen();
            var hash = position.Hash;
            Assert.Equal(Position.Parse(fen).Hash, hash);
            var count = position.GenerateLegalMoves(moves);
            var ply = position.Ply;
            for (var i = 0; i < count; i++)
            {
                position.MakeMove(moves[i]);
                Assert.Equal(Position.Parse(position.ToFen()).Hash, position.Hash);
                Assert.NotEqual(hash, position.Hash);
                position.UnmakeMove();
            }
            Assert.Equal(fen, position.ToFen());
            Assert.Equal(hash, position.Hash);
            Assert.Equal(ply, position.Ply);
            positions++;
        }
        Assert.True(positions > 5000);
    }

    [Fact]
    public void Hash_depends_on_side_castling_and_capturable_en_passant_only()
    {
        var white = Position.Parse("4k3/8/8/8/8/8/8/4K2R w K - 0 1");
        Assert.NotEqual(white.Hash, Position.Parse("4k3/8/8/8/8/8/8/4K2R b K - 0 1").Hash);
        Assert.NotEqual(white.Hash, Position.Parse("4k3/8/8/8/8/8/8/4K2R w - - 0 1").Hash);
        Assert.Equal(white.Hash, Position.Parse("4k3/8/8/8/8/8/8/4K2R w K - 30 70").Hash);
        // e3 cannot be captured: no black pawn beside e4, so the ep square does not enter the hash.
        Assert.Equal(Position.Parse("4k3/8/8/8/4P3/8/8/4K3 b - - 0 1").Hash, Position.Parse("4k3/8/8/8/4P3/8/8/4K3 b - e3 0 1").Hash);
        Assert.NotEqual(Position.Parse("4k3/8/8/8/3pP3/8/8/4K3 b - - 0 1").Hash, Position.Parse("4k3/8/8/8/3pP3/8/8/4K3 b - e3 0 1").Hash);
    }

    [Fact]
    public void Gives_check_and_generate_legal_checks_agree_with_making_the_move()
    {
        var moves = new Move[Position.MaxMoves];
        var checks = new Move[Position.MaxMoves];
        var checksSeen = 0;
        foreach (var position in RandomGamePositions(seed: 5, games: 150))
        {
            var count = position.GenerateLegalMoves(moves);
            var expected = new List<Move>();
            for (var i = 0; i < count; i++)
            {
                position.MakeMove(moves[i]);
                var check = position.InCheck;
                position.UnmakeMove();
                Assert.Equal(check, position.GivesCheck(moves[i]));
                if (check)
                {
                    expected.Add(moves[i]);
                }
            }
            var checkCount = position.GenerateLegalChecks(checks);
            Assert.Equal(expected.OrderBy(m => m.Value), checks.Take(checkCount).OrderBy(m => m.Value));
            checksSeen += checkCount;
            Assert.Equal(count > 0, position.HasLegalMove());
        }
        Assert.True(checksSeen > 1000);
    }

    [Theory]
    [InlineData("8/8/8/8/k2Pp2Q/8/8/3K4 b - d3 0 1", "e4d3", false)] // horizontal pin through both pawns by a queen
    [InlineData("8/8/8/2k5/3Pp3/8/8/4K3 b - d3 0 1", "e4d3", true)] // en passant removes the checking pawn
    [InlineData("8/8/8/8/1k1Pp2R/8/8/4K3 b - d3 0 1", "e4d3", false)] // horizontal pin through both pawns
    [InlineData("4k3/8/8/8/8/8/8/4K2R w K - 0 1", "e1g1", true)]
    [InlineData("4k3/8/8/8/8/8/8/4K2R w K - 0 1", "e1c1", false)] // no rook on a1 and no right
    [InlineData("4k3/8/8/8/8/8/5r2/4K2R w K - 0 1", "e1g1", false)] // the rook on f2 attacks f1, which the king crosses
    [InlineData("4k3/8/8/8/8/8/8/R3K2r w Q - 0 1", "e1c1", false)] // in check: no castling out of check
    [InlineData("1r2k3/8/8/8/8/8/8/R3K3 w Q - 0 1", "e1c1", true)] // b1 attacked does not matter
    [InlineData("2r1k3/8/8/8/8/8/8/R3K3 w Q - 0 1", "e1c1", false)] // c1 attacked
    public void Special_rules(string fen, string uci, bool legal)
    {
        var position = Position.Parse(fen);
        var moves = new Move[Position.MaxMoves];
        var count = position.GenerateLegalMoves(moves);
        Assert.Equal(legal, moves.Take(count).Any(m => m.ToUci() == uci));
    }

    [Fact]
    public void Double_check_allows_only_king_moves()
    {
        var position = Position.Parse("4k3/8/8/8/8/5n2/8/R3K2r w Q - 0 1");
        Assert.True(position.InCheck);
        var moves = new Move[Position.MaxMoves];
        var count = position.GenerateLegalMoves(moves);
        Assert.All(moves.Take(count), m => Assert.Equal(Square.Parse("e1"), m.From));
        Assert.Equal(new[] { "e1e2", "e1f2" }, moves.Take(count).Select(m => m.ToUci()).Order());
    }

    [Fact]
    public void Checkmate_and_stalemate_are_detected()
    {
        var mate = Position.StartPosition();
        foreach (var san in new[] { "f3", "e5", "g4", "Qh4#" })
        {
            mate.MakeMove(mate.ParseSan(san));
        }
        Assert.True(mate.IsCheckmate());
        Assert.False(mate.IsStalemate());
        Assert.Equal(4, mate.Ply);
        var stalemate = Position.Parse("7k/5Q2/6K1/8/8/8/8/8 b - - 0 1");
        Assert.True(stalemate.IsStalemate());
        Assert.False(stalemate.IsCheckmate());
        Assert.False(Position.StartPosition().IsCheckmate());
    }

    [Fact]
    public void Clone_is_independent()
    {
        var position = Position.StartPosition();
        position.MakeMove(position.ParseUci("e2e4"));
        var clone = position.Clone();
        Assert.Equal(position.ToFen(), clone.ToFen());
        Assert.Equal(0, clone.Ply);
        clone.MakeMove(clone.ParseUci("e7e5"));
        Assert.Equal("rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1", position.ToFen());
        Assert.Equal(Color.White, clone.SideToMove);
    }

    [Fact]
    public void Castling_rights_are_lost_when_a_rook_is_captured()
    {
        var position = Position.Parse("r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1");
        position.MakeMove(position.ParseUci("a1a8"));
        Assert.Equal("Kk", position.CastlingRights);
        position.MakeMove(position.ParseUci("e8d7"));
        Assert.Equal("K", position.CastlingRights);
    }

    [Fact]
    public void Make_unmake_is_allocation_free()
    {
        var position = Position.Parse("r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1");
        var moves = new Move[Position.MaxMoves];
        var count = position.GenerateLegalMoves(moves);
        position.MakeMove(moves[0]);
        position.UnmakeMove();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < count; i++)
        {
            position.MakeMove(moves[i]);
            position.GenerateLegalMoves(moves.AsSpan(count));
            position.UnmakeMove();
        }
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    [Fact]
    public void Unmake_without_a_move_throws()
    {
        Assert.Throws<InvalidOperationException>(() => Position.StartPosition().UnmakeMove());
    }

    [Theory]
    [InlineData("4k3/8/8/8/8/8/4K3/4R3 w - - 0 1", "e2d2", true)] // discovered check by a king move
    [InlineData("4k3/8/8/8/8/8/4K3/4R3 w - - 0 1", "e2e3", false)]
    [InlineData("8/8/8/R2pP2k/8/8/8/4K3 w - d6 0 1", "e5d6", true)] // en passant opens the fifth rank
    [InlineData("3r4/4P3/8/8/7k/8/8/4K3 w - - 0 1", "e7d8q", true)] // the promoted queen checks through the vacated e7
    [InlineData("3r4/4P3/8/8/7k/8/8/4K3 w - - 0 1", "e7d8r", false)]
    [InlineData("5k2/8/8/8/8/8/8/4K2R w K - 0 1", "e1g1", true)] // the castled rook checks on f1
    [InlineData("4k3/8/8/8/8/8/4P3/3NR1K1 w - - 0 1", "d1c3", false)]
    [InlineData("4k3/8/8/8/8/8/4N3/4R1K1 w - - 0 1", "e2f4", true)] // discovered check by a knight
    public void Checks_of_every_kind_are_found(string fen, string uci, bool givesCheck)
    {
        var position = Position.Parse(fen);
        var move = position.ParseUci(uci);
        Assert.Equal(givesCheck, position.GivesCheck(move));
        var checks = new Move[Position.MaxMoves];
        var count = position.GenerateLegalChecks(checks);
        Assert.Equal(givesCheck, checks.Take(count).Contains(move));
    }

    [Fact]
    public void Counters_en_passant_and_piece_sets_follow_the_moves()
    {
        var position = Position.StartPosition();
        Assert.Equal(0xFF00UL, position.Pieces(Color.White, PieceType.Pawn));
        Assert.Equal(0xFFFFUL, position.Pieces(Color.White));
        position.MakeMove(position.ParseSan("Nf3"));
        Assert.Equal(1, position.HalfMoveClock);
        position.MakeMove(position.ParseSan("d5"));
        Assert.Equal(0, position.HalfMoveClock);
        Assert.Equal(2, position.FullMoveNumber);
        Assert.Null(position.EnPassantSquare); // no white pawn can take on d6
        position.MakeMove(position.ParseSan("e4"));
        position.MakeMove(position.ParseSan("d4"));
        position.MakeMove(position.ParseSan("c4"));
        Assert.Equal(Square.Parse("c3"), position.EnPassantSquare);
        var next = position.WithMove(position.ParseSan("dxc3"));
        Assert.Equal("rnbqkbnr/ppp1pppp/8/8/4P3/2p2N2/PP1P1PPP/RNBQKB1R w KQkq - 0 4", next.ToFen());
        Assert.Equal(Square.Parse("c3"), position.EnPassantSquare);
        Assert.Equal(Square.Parse("e1"), next.KingSquare(Color.White));
    }
}
