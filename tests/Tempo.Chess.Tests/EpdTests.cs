namespace Tempo.Chess.Tests;

public sealed class EpdTests
{
    [Fact]
    public void Operations_are_kept_as_key_value_pairs_without_quotes()
    {
        var record = EpdRecord.Parse("r1b1kb1r/pp3ppp/2n1p3/q7/2pPN3/4PN2/PP3PPP/R2QKB1R w KQkq - bm Nd6+ Qa4; id \"WAC; test\"; dm 3;");
        Assert.Equal("r1b1kb1r/pp3ppp/2n1p3/q7/2pPN3/4PN2/PP3PPP/R2QKB1R w KQkq -", record.Fen);
        Assert.Equal("Nd6+ Qa4", record.Operations["bm"]);
        Assert.Equal("WAC; test", record.Operations["id"]);
        Assert.Equal("3", record.Operations["dm"]);
        Assert.Equal(Color.White, record.Position.SideToMove);
    }

    [Fact]
    public void Matetrack_lines_with_bare_opcodes_parse()
    {
        var record = EpdRecord.Parse("5K2/8/2qk4/2nPp3/3r4/6B1/B7/3R4 w - e6 bm #1; ep; 00:00;");
        Assert.Equal("#1", record.Operations["bm"]);
        Assert.Equal("", record.Operations["ep"]);
        Assert.Equal(Square.Parse("e6"), record.Position.EnPassantSquare);
    }

    [Fact]
    public void Perft_lines_keep_the_counters_in_the_fen()
    {
        var record = EpdRecord.Parse("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1 ;D1 20 ;D2 400 ;D3 8902");
        Assert.Equal("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1", record.Fen);
        Assert.Equal("8902", record.Operations["D3"]);
        Assert.Equal(3, record.Operations.Count);
    }

    [Fact]
    public void Every_perft_line_parses()
    {
        foreach (var line in File.ReadLines(TestData.PathOf("perft.epd")).Concat(File.ReadLines(TestData.PathOf("perft-tricky.epd"))))
        {
            var record = EpdRecord.Parse(line);
            Assert.Equal(record.Fen, record.Position.ToFen());
            Assert.NotEmpty(record.Operations);
        }
    }

    [Theory]
    [InlineData("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq", "expected 4 position fields")]
    [InlineData("4k3/8/8/8/8/8/8/4K3 w - - id \"unterminated;", "unterminated")]
    [InlineData("4k3/8/8/8/8/8/8/4K4 w - - bm Kd2;", "covers 9 squares")]
    public void Bad_epd_is_rejected(string line, string reason)
    {
        var error = Assert.Throws<FenException>(() => EpdRecord.Parse(line));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void To_string_writes_an_epd_line_that_parses_back()
    {
        var record = EpdRecord.Parse("4k3/8/8/8/8/8/8/4K2R w K - bm Rh8+; id \"mate test\";");
        var again = EpdRecord.Parse(record.ToString());
        Assert.Equal(record.Fen, again.Fen);
        Assert.Equal(record.Operations, again.Operations);
    }
}
