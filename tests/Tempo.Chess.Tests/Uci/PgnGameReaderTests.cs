using Tempo.Chess.Batch;
using Tempo.Chess.Pgn;
using Tempo.Chess.Solving;

namespace Tempo.Chess.Tests.Uci;

public sealed class PgnGameReaderTests
{
    [Fact]
    public void EcoSample_FinalPositionsAgreeWithPgnExtract()
    {
        // eco-sample.fen holds pgn-extract's FEN after the last move of each game (pgn-extract -F).
        var games = PgnGameReader.Read(File.ReadLines(TestData.PathOf("eco-sample.pgn"))).ToArray();
        var expected = File.ReadAllLines(TestData.PathOf("eco-sample.fen"));
        Assert.Equal(403, games.Length);
        Assert.Equal(expected.Length, games.Length);
        for (int i = 0; i < games.Length; i++)
        {
            Assert.Null(games[i].Error);
            Assert.Equal(i + 1, games[i].Number);
            Assert.NotNull(games[i].Tag("ECO"));
            // pgn-extract writes an en passant square after every double step; compare board, side, castling and move number.
            var want = expected[i].Split(' ');
            var got = games[i].FinalPosition!.ToFen().Split(' ');
            Assert.Equal((want[0], want[1], want[2], want[5]), (got[0], got[1], got[2], got[5]));
        }
    }

    [Fact]
    public void TempoSolution_MainLineIsReplayedFromTheFenTag_VariationsAndCommentsSkipped()
    {
        var game = Assert.Single(PgnGameReader.Read(File.ReadLines(TestData.PathOf("book-solution.pgn"))));
        Assert.Null(game.Error);
        Assert.Equal("1-0", game.Tag("Result"));
        Assert.Equal("r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1", game.Tag("FEN"));
        Assert.Equal(["Bh8", "Nd4", "Qxd4", "a5", "Qg7#"], game.Moves);
        Assert.True(game.FinalPosition!.IsCheckmate());
        Assert.Equal(0, game.FinalPosition.Ply);
    }

    [Fact]
    public void ImportFormat_NumbersNagsAnnotationsCommentsAndNestedVariations()
    {
        string pgn = """
            [Event "casual"]
            [White "A \"quoted\" name"]
            % an escaped line: 1. h4
            1.e4 $1 e5!? {a comment (with a paren} 2. Nf3 ; rest of line 2. h4
            Nc6 (2... d6 3. d4 (3. Bc4 Be7) exd4) 3.Bb5 a6?! 4. Ba4 *
            """;
        var game = Assert.Single(PgnGameReader.Read(pgn.Split('\n')));
        Assert.Null(game.Error);
        Assert.Equal("A \"quoted\" name", game.Tag("White"));
        Assert.Equal(["e4", "e5", "Nf3", "Nc6", "Bb5", "a6", "Ba4"], game.Moves);
        Assert.Equal("r1bqkbnr/1ppp1ppp/p1n5/4p3/B3P3/5N2/PPPP1PPP/RNBQK2R b KQkq - 1 4", game.FinalPosition!.ToFen());
    }

    [Fact]
    public void SeveralGames_WithAndWithoutResults_AndAFenOnlyPuzzle()
    {
        string pgn = """
            [Event "one"]

            1. d4 d5 1/2-1/2

            [Event "two"]
            1. e4
            [Event "puzzle"]
            [SetUp "1"]
            [FEN "7k/8/6K1/8/8/8/8/6Q1 w - - 0 1"]

            *
            """;
        var games = PgnGameReader.Read(pgn.Split('\n')).ToArray();
        Assert.Equal(["one", "two", "puzzle"], games.Select(g => g.Tag("Event")));
        Assert.Equal([1, 5, 7], games.Select(g => g.LineNumber));
        Assert.Equal("rnbqkbnr/ppp1pppp/8/3p4/3P4/8/PPP1PPPP/RNBQKBNR w KQkq - 0 2", games[0].FinalPosition!.ToFen());
        Assert.Equal(["e4"], games[1].Moves);
        Assert.Equal("7k/8/6K1/8/8/8/8/6Q1 w - - 0 1", games[2].FinalPosition!.ToFen());
        Assert.Empty(games[2].Moves);
    }

    [Theory]
    [InlineData("1. e4 e5 2. Ke3 *", "line 1: move 2. 'Ke3'")]
    [InlineData("[FEN \"8/8/8/8 w - - 0 1\"]\n1. e4 *", "line 2: [FEN \"8/8/8/8 w - - 0 1\"]: ")]
    [InlineData("[Event unquoted]\n1. e4 *", "line 1: '[Event unquoted]' is not a tag pair")]
    [InlineData("1. e4 ) e5 *", "line 1: ')' closes no variation")]
    [InlineData("1. e4 {never closed", "line 1: the file ends inside a {comment}")]
    [InlineData("1. e4 (1. d4", "line 1: the file ends inside a (variation)")]
    [InlineData("1. e4 -- *", "line 1: null moves (--) are not supported")]
    public void BadGames_GetAnErrorNamingTheLineAndTheReason(string pgn, string error)
    {
        var game = Assert.Single(PgnGameReader.Read(pgn.Split('\n')));
        Assert.StartsWith(error, game.Error);
        Assert.Null(game.FinalPosition);
    }

    [Fact]
    public void ABadGame_DoesNotStopTheNextOne()
    {
        var games = PgnGameReader.Read("1. e5 *\n\n1. e4 *".Split('\n')).ToArray();
        Assert.Equal(2, games.Length);
        Assert.NotNull(games[0].Error);
        Assert.Null(games[1].Error);
    }

    [Fact]
    public void ReadBatch_GivesFinalPositionsWithIdsAndErrors()
    {
        string pgn = """
            [Site "https://lichess.org/abc"]
            1. e4 *

            [PuzzleId "p42"]
            [FEN "r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1"]
            *

            [Site "?"]
            1. e4 e4 *
            """;
        var entries = BatchReader.ReadPgn(pgn.Split('\n')).ToArray();
        Assert.Equal(["https://lichess.org/abc", "p42", "game 3"], entries.Select(e => e.Id));
        Assert.Equal([1, 4, 8], entries.Select(e => e.LineNumber));
        Assert.Equal("rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1", entries[0].Position!.ToFen());
        Assert.Equal("r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1", entries[1].Position!.ToFen());
        Assert.Null(entries[1].Expected);
        Assert.Null(entries[2].Position);
        Assert.StartsWith("game 3 (game 3): line 9: move 1... 'e4'", entries[2].Error);
    }

    [Fact]
    public void ReadBatch_EntriesSolveWithTheBatchSolver()
    {
        // Scholar's mate one move early: the game's final position is a mate in 1 for White.
        string pgn = """
            [Event "puzzle"]
            [FEN "r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1"]
            *

            [Event "game"]
            1. e4 e5 2. Bc4 Nc6 3. Qh5 Nf6 *
            """;
        var outcomes = BatchReader.ReadPgn(pgn.Split('\n'))
            .Select(entry => BatchSolver.Solve(entry, new BatchOptions { MaxMoves = 3, TableMegabytes = 16 }))
            .ToArray();
        Assert.Equal([3, 1], outcomes.Select(o => o.Result!.MateIn));
        Assert.Equal(["Bh8"], SanSolution.Of(outcomes[0].Result!).Keys);
        Assert.Equal(["Qxf7#"], SanSolution.Of(outcomes[1].Result!).Keys);
        Assert.All(outcomes, o => Assert.True(o.Passed));
    }

    [Fact]
    public void BatchReader_ReadsPgnFilesThroughThePgnReader()
    {
        var lines = File.ReadAllLines(TestData.PathOf("eco-sample.pgn"));
        var viaBatch = BatchReader.Read(lines, "eco-sample.pgn").ToArray();
        var direct = BatchReader.ReadPgn(lines).ToArray();
        Assert.Equal(403, viaBatch.Length);
        Assert.Equal(direct.Select(e => (e.LineNumber, e.Id, e.Position!.ToFen())), viaBatch.Select(e => (e.LineNumber, e.Id, e.Position!.ToFen())));
    }
}
