namespace Tempo.Chess.Tests;

public sealed class FenTests
{
    [Theory]
    [InlineData("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1")]
    [InlineData("r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1")]
    [InlineData("rnbqkbnr/ppp1p1pp/8/3pPp2/8/8/PPPP1PPP/RNBQKBNR w KQkq f6 0 3")]
    [InlineData("8/8/8/8/k2Pp2Q/8/8/3K4 b - d3 0 1")]
    [InlineData("4k3/8/8/8/8/8/8/4K2R w K - 12 40")]
    public void Six_field_fen_round_trips(string fen)
    {
        var position = Position.Parse(fen);
        Assert.Equal(fen, position.ToFen());
        Assert.True(Position.TryParse(fen, out var again, out var error));
        Assert.Null(error);
        Assert.Equal(position.Hash, again!.Hash);
    }

    [Fact]
    public void Four_field_fen_gets_default_counters()
    {
        Assert.Equal("4k3/8/8/8/8/8/8/4K3 b - - 0 1", Position.Parse("4k3/8/8/8/8/8/8/4K3 b - -").ToFen());
    }

    [Fact]
    public void Startpos_word_is_the_start_position()
    {
        Assert.Equal(Position.StartPosition().ToFen(), Position.Parse("startpos").ToFen());
        Assert.Equal(Color.White, Position.StartPosition().SideToMove);
    }

    [Theory]
    [InlineData("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq", "expected 4 or 6 space-separated fields, found 3")]
    [InlineData("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0", "found 5")]
    [InlineData("rnbqkbnr/pppppppp/9/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1", "digit '9'")]
    [InlineData("rnbqkbnr/pppppppp/7/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1", "rank 6 ('7') covers 7 squares, expected 8")]
    [InlineData("rnbqkbnr/ppppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1", "covers 9 squares")]
    [InlineData("rnbqkbnr/pppppppp/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1", "7 ranks, expected 8")]
    [InlineData("rnbqkbnr/pppppppp/8/8/4X3/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1", "bad piece letter 'X' in rank 4")]
    [InlineData("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR x KQkq - 0 1", "side to move 'x'")]
    [InlineData("4k3/8/8/8/8/8/8/8 w - - 0 1", "no white king")]
    [InlineData("4k3/8/8/8/8/8/8/K3K3 w - - 0 1", "2 white kings, expected 1")]
    [InlineData("4k3/8/8/8/8/8/8/4K2P w - - 0 1", "pawn on h1")]
    [InlineData("3Pk3/8/8/8/8/8/8/4K3 w - - 0 1", "pawn on d8")]
    [InlineData("4k3/8/8/8/8/8/8/4K2R b - - 0 1", "")]
    [InlineData("4k2R/8/8/8/8/8/8/4K3 w - - 0 1", "the side not to move (black) is in check")]
    [InlineData("4k3/8/8/8/8/8/8/4K2R w KQ - 0 1", "castling right 'Q' but there is no white rook on a1")]
    [InlineData("4k3/8/8/8/8/8/8/3K3R w K - 0 1", "castling right 'K' but the white king is not on e1")]
    [InlineData("4k3/8/8/8/8/8/8/4K2R w KK - 0 1", "appears twice")]
    [InlineData("4k3/8/8/8/8/8/8/4K2R w X - 0 1", "bad castling character 'X'")]
    [InlineData("4k3/8/8/8/8/8/8/4K3 w - e3 0 1", "en-passant square e3 is impossible with white to move (must be on rank 6)")]
    [InlineData("4k3/8/8/8/8/8/8/4K3 w - e6 0 1", "no black pawn on e5")]
    [InlineData("4k3/4p3/8/4p3/8/8/8/4K3 w - e6 0 1", "e6 and e7 must be empty")]
    [InlineData("4k3/8/8/8/8/8/8/4K3 w - z9 0 1", "en-passant field 'z9'")]
    [InlineData("4k3/8/8/8/8/8/8/4K3 w - - x 1", "half-move clock 'x'")]
    [InlineData("4k3/8/8/8/8/8/8/4K3 w - - 0 0", "full-move number '0'")]
    public void Invalid_fen_is_rejected_with_a_specific_message(string fen, string reason)
    {
        if (reason.Length == 0)
        {
            Assert.True(Position.TryParse(fen, out _, out _));
            return;
        }
        var error = Assert.Throws<FenException>(() => Position.Parse(fen));
        Assert.Contains(reason, error.Message);
        Assert.Contains(fen, error.Message);
        Assert.IsAssignableFrom<FormatException>(error);
        Assert.False(Position.TryParse(fen, out var position, out var message));
        Assert.Null(position);
        Assert.Contains(reason, message);
    }

    [Fact]
    public void Pieces_and_squares_are_reported()
    {
        var position = Position.Parse("r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1");
        Assert.Equal(new Piece(Color.White, PieceType.Queen), position.PieceAt(Square.Parse("f3")));
        Assert.Equal("n", position.PieceAt(Square.Parse("b6"))!.Value.ToString());
        Assert.Null(position.PieceAt(Square.Parse("e3")));
        Assert.Equal(Square.Parse("e8"), position.KingSquare(Color.Black));
        Assert.Equal("KQkq", position.CastlingRights);
    }
}
