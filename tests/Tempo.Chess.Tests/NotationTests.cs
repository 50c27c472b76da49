namespace Tempo.Chess.Tests;

public sealed class NotationTests
{
    [Theory]
    [InlineData("r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1", "e1g1", "O-O")]
    [InlineData("r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1", "e1c1", "O-O-O")]
    [InlineData("r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1", "e5f7", "Nxf7")]
    [InlineData("r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1", "d5e6", "dxe6")]
    [InlineData("r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1", "g2h3", "gxh3")]
    [InlineData("rnbqkbnr/ppp1p1pp/8/3pPp2/8/8/PPPP1PPP/RNBQKBNR w KQkq f6 0 3", "e5f6", "exf6")]
    [InlineData("3r4/4P3/8/8/7k/8/8/4K3 w - - 0 1", "e7d8q", "exd8=Q+")]
    [InlineData("3r4/4P3/8/8/7k/8/8/4K3 w - - 0 1", "e7e8n", "e8=N")]
    [InlineData("4k3/8/8/8/8/8/8/RN2K3 w - - 0 1", "b1d2", "Nd2")]
    [InlineData("4k3/8/8/8/8/5N2/8/RN2K3 w - - 0 1", "b1d2", "Nbd2")]
    [InlineData("4k3/8/8/8/8/8/4K3/R6R w - - 0 1", "a1d1", "Rad1")]
    [InlineData("k7/8/8/8/4R3/8/8/4RK2 w - - 0 1", "e1e2", "R1e2")]
    [InlineData("2k5/8/K7/8/7Q/8/8/4q2Q w - - 0 1", "h4e1", "Q4xe1")]
    [InlineData("2k5/8/K7/8/4Q2Q/8/8/4q3 w - - 0 1", "h4e1", "Qhxe1")]
    [InlineData("2k5/8/K7/8/4Q2Q/8/8/4q2Q w - - 0 1", "h4e1", "Qh4xe1")]
    [InlineData("6k1/5ppp/8/8/8/8/8/R5K1 w - - 0 1", "a1a8", "Ra8#")]
    public void San_is_written_and_read_back(string fen, string uci, string san)
    {
        var position = Position.Parse(fen);
        var move = position.ParseUci(uci);
        Assert.Equal(san, position.ToSan(move));
        Assert.Equal(move, position.ParseSan(san));
        Assert.Equal(fen, position.ToFen());
    }

    [Theory]
    [InlineData("O-O")]
    [InlineData("0-0")]
    public void Castling_is_read_with_letters_or_digits(string san)
    {
        var position = Position.Parse("r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1");
        Assert.Equal("e1g1", position.ParseSan(san).ToUci());
        Assert.Equal("e1c1", position.ParseSan(san + "-O".Replace("O", san[..1])).ToUci());
    }

    [Theory]
    [InlineData("Nf3", "g1f3")]
    [InlineData("Nf3!", "g1f3")]
    [InlineData("e4", "e2e4")]
    [InlineData("e2e4", "e2e4")]
    [InlineData("Ng1f3", "g1f3")]
    public void San_accepts_annotations_and_redundant_disambiguation(string san, string uci)
    {
        Assert.Equal(uci, Position.StartPosition().ParseSan(san).ToUci());
    }

    [Theory]
    [InlineData("startpos", "Nf6", MoveNotationErrorKind.Illegal)]
    [InlineData("startpos", "e5", MoveNotationErrorKind.Illegal)]
    [InlineData("startpos", "O-O", MoveNotationErrorKind.Illegal)]
    [InlineData("startpos", "Zf3", MoveNotationErrorKind.Invalid)]
    [InlineData("startpos", "", MoveNotationErrorKind.Invalid)]
    [InlineData("startpos", "e9", MoveNotationErrorKind.Invalid)]
    [InlineData("startpos", "Nf3=Q", MoveNotationErrorKind.Invalid)]
    [InlineData("4k3/8/8/8/8/5N2/8/RN2K3 w - - 0 1", "Nd2", MoveNotationErrorKind.Ambiguous)]
    [InlineData("k7/8/8/8/4R3/8/8/4RK2 w - - 0 1", "Re2", MoveNotationErrorKind.Ambiguous)]
    [InlineData("3r4/4P3/8/8/7k/8/8/4K3 w - - 0 1", "e8", MoveNotationErrorKind.Illegal)]
    public void Bad_san_has_a_distinct_error_kind(string fen, string san, MoveNotationErrorKind kind)
    {
        var error = Assert.Throws<MoveNotationException>(() => Position.Parse(fen).ParseSan(san));
        Assert.Equal(kind, error.Kind);
        Assert.Contains($"'{san}'", error.Message);
    }

    [Theory]
    [InlineData("e2e5", MoveNotationErrorKind.Illegal)]
    [InlineData("e1g1", MoveNotationErrorKind.Illegal)]
    [InlineData("e2e4q", MoveNotationErrorKind.Illegal)]
    [InlineData("e2", MoveNotationErrorKind.Invalid)]
    [InlineData("e2e4k", MoveNotationErrorKind.Invalid)]
    [InlineData("i2i4", MoveNotationErrorKind.Invalid)]
    public void Bad_uci_has_a_distinct_error_kind(string uci, MoveNotationErrorKind kind)
    {
        var error = Assert.Throws<MoveNotationException>(() => Position.StartPosition().ParseUci(uci));
        Assert.Equal(kind, error.Kind);
    }

    [Fact]
    public void Every_legal_move_round_trips_through_san_and_uci_in_random_games()
    {
        var random = new Random(3);
        var moves = new Move[Position.MaxMoves];
        var checkedMoves = 0;
        for (var game = 0; game < 100; game++)
        {
            var position = Position.StartPosition();
            for (var ply = 0; ply < 150; ply++)
            {
                var count = position.GenerateLegalMoves(moves);
                if (count == 0)
                {
                    break;
                }
                var sans = new HashSet<string>();
                for (var i = 0; i < count; i++)
                {
                    var san = position.ToSan(moves[i]);
                    Assert.True(sans.Add(san), $"duplicate SAN {san} in {position.ToFen()}");
                    Assert.Equal(moves[i], position.ParseSan(san));
                    Assert.Equal(moves[i], position.ParseUci(moves[i].ToUci()));
                    position.MakeMove(moves[i]);
                    var suffix = position.IsCheckmate() ? "#" : position.InCheck ? "+" : "";
                    position.UnmakeMove();
                    Assert.True(suffix.Length == 0 ? !san.EndsWith('+') && !san.EndsWith('#') : san.EndsWith(suffix, StringComparison.Ordinal), san);
                    checkedMoves++;
                }
                position.MakeMove(moves[random.Next(count)]);
            }
        }
        Assert.True(checkedMoves > 100_000);
    }

    [Fact]
    public void Move_fields_and_uci()
    {
        var position = Position.Parse("3r4/4P3/8/8/8/8/8/k3K3 w - - 0 1");
        var move = position.ParseUci("e7d8r");
        Assert.Equal(Square.Parse("e7"), move.From);
        Assert.Equal(Square.Parse("d8"), move.To);
        Assert.Equal(PieceType.Rook, move.Promotion);
        Assert.False(move.IsCastling);
        Assert.False(move.IsEnPassant);
        Assert.Equal("e7d8r", move.ToUci());
        Assert.Equal("0000", Move.None.ToUci());
        var ep = Position.Parse("rnbqkbnr/ppp1p1pp/8/3pPp2/8/8/PPPP1PPP/RNBQKBNR w KQkq f6 0 3").ParseUci("e5f6");
        Assert.True(ep.IsEnPassant);
        Assert.True(Position.Parse("r3k2r/8/8/8/8/8/8/R3K2R w KQkq - 0 1").ParseUci("e1c1").IsCastling);
    }

    [Fact]
    public void Squares_parse_and_print()
    {
        Assert.Equal(0, Square.Parse("a1").Index);
        Assert.Equal(63, Square.Parse("h8").Index);
        Assert.Equal(4, Square.Parse("e4").File);
        Assert.Equal(3, Square.Parse("e4").Rank);
        Assert.Equal("e4", new Square(28).ToString());
        Assert.Throws<FormatException>(() => Square.Parse("e9"));
        Assert.False(Square.TryParse("E4", out _));
    }
}
