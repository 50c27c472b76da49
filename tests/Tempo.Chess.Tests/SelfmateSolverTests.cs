using Tempo.Chess.Solving;
using Tempo.Chess.Tests.Verification;

namespace Tempo.Chess.Tests;

public sealed class SelfmateSolverTests
{
    // Positions of Popeye's TESTS/battle_play.inp (see tests/data/README.md), small enough for the mailbox board.
    [Theory]
    [InlineData("8/8/8/8/8/kp5R/p7/K7 w - - 0 1", 1)]
    [InlineData("8/8/8/8/2R1P3/kp1B4/8/K7 w - - 0 1", 1)]
    [InlineData("8/8/8/8/1p4Q1/k7/p7/K7 w - - 0 1", 2)]
    [InlineData("8/8/8/8/1p6/k7/p1Q5/K7 w - - 0 1", 2)]
    [InlineData("8/8/8/2p5/8/kpR5/p7/K7 w - - 0 1", 1)]
    public void Solve_SmallSelfmate_KeysAndTreeAgreeWithTheMailboxBoard(string fen, int moves)
    {
        var result = MateSolver.Solve(Position.Parse(fen), new MateSolverOptions { Selfmate = true, MaxMoves = moves });
        var verifier = new SelfmateVerifier();

        Assert.Equal(MateStatus.Mate, result.Status);
        Assert.Equal(moves, result.MateIn);
        Assert.Equal(verifier.Keys(fen, moves), result.Keys.Select(k => k.ToUci()).Order(StringComparer.Ordinal).ToList());
        if (moves > 1)
        {
            Assert.Empty(verifier.Keys(fen, moves - 1));
        }
        Assert.Empty(SelfmateVerifier.CheckTree(fen, result.Tree!));
        Assert.All(result.Tries!, t => Assert.False(verifier.MoveForces(fen, t.Move.ToUci(), moves)));
    }

    [Fact]
    public void Solve_Selfmate_SameAnswerForAnyThreadCountAndTheStipulationInEveryFormat()
    {
        const string fen = "8/8/8/8/1p6/k7/p1Q5/K7 w - - 0 1";
        var one = MateSolver.Solve(Position.Parse(fen), new MateSolverOptions { Selfmate = true, MaxMoves = 2 });
        var two = MateSolver.Solve(Position.Parse(fen), new MateSolverOptions { Selfmate = true, MaxMoves = 2, Threads = 2 });

        Assert.Equal(one.FormatTree().Split('\n')[..^2], two.FormatTree().Split('\n')[..^2]);
        Assert.Contains("\"stipulation\":\"s#2\"", one.ToJson());
        Assert.StartsWith("selfmate in 2", one.Summary());
        Assert.Contains("1.Qd1! zugzwang.", one.FormatTree());
        Assert.Contains("2...b2#", one.FormatTree());
    }

    [Fact]
    public void Solve_Directmate_IsNotASelfmate()
    {
        // White mates at once with Rh8#, which is no selfmate; with the roles turned, only Black's forced mate counts.
        const string fen = "k7/8/1K6/8/8/8/8/7R w - - 0 1";
        var direct = MateSolver.Solve(Position.Parse(fen), new MateSolverOptions { MaxMoves = 1 });
        var self = MateSolver.Solve(Position.Parse(fen), new MateSolverOptions { Selfmate = true, MaxMoves = 2 });

        Assert.Equal(MateStatus.Mate, direct.Status);
        Assert.Equal(MateStatus.None, self.Status);
        Assert.Empty(new SelfmateVerifier().Keys(fen, 2));
    }
}
