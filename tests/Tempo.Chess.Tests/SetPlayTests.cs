using Tempo.Chess.Solving;
using Tempo.Chess.Tests.Verification;

namespace Tempo.Chess.Tests;

public sealed class SetPlayTests
{
    [Fact]
    public void Solve_WithSetPlay_EveryAnswerMatesInTimeOnTheMailboxBoard()
    {
        const string fen = MateSolverTestData.BookPuzzleFen;
        var result = MateSolver.Solve(Position.Parse(fen), new MateSolverOptions { SetPlay = true, FindTries = false });

        Assert.NotNull(result.SetPlay);
        Assert.NotEmpty(result.SetPlay);
        foreach (var set in result.SetPlay)
        {
            var after = Position.Parse(fen);
            after.MakeNullMove();
            after.MakeMove(set.Move);
            Assert.NotNull(set.Reply);
            Assert.True(set.Reply.MateIn <= result.MateIn - 1);
            Assert.Empty(MateTreeVerifier.CheckTree(after.ToFen(), set.Reply, set.Reply.MateIn));
        }
        Assert.Contains("set: 1...", result.FormatTree());
        Assert.Contains("\"setPlay\":[", result.ToJson());
    }

    [Fact]
    public void Solve_WithoutSetPlay_HasNone()
    {
        var result = MateSolver.Solve(Position.Parse(MateSolverTestData.BookPuzzleFen), new MateSolverOptions { FindTries = false });

        Assert.Null(result.SetPlay);
        Assert.DoesNotContain("set: ", result.FormatTree());
    }
}
