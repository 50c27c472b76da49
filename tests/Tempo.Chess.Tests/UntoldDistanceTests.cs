using Tempo.Chess.Solving;
using Tempo.Chess.Tests.Verification;

namespace Tempo.Chess.Tests;

/// <summary>
/// The prover is not told the distance (<c>tempo chess solve FEN</c> without <c>--max</c>): every mate of
/// mates-dev.epd (#1-#5) is found at its known distance (that none is shorter the verifier confirms in MateSolverTests).
/// </summary>
public sealed class UntoldDistanceTests
{
    public static TheoryData<string, int> DevMates() => MateSolverTestData.DevMates(1, 5);

    [Fact]
    public void The_default_limit_reaches_every_dev_mate()
    {
        Assert.True(new MateSolverOptions().MaxMoves >= DevMates().Max(row => (int)row[1]));
    }

    [Theory]
    [MemberData(nameof(DevMates))]
    public void Solve_without_a_distance_finds_the_known_one(string fen, int expected)
    {
        var result = MateSolver.Solve(Position.Parse(fen), new MateSolverOptions { BuildTree = false, FindTries = false });

        Assert.Equal(MateStatus.Mate, result.Status);
        Assert.Equal(expected, result.MateIn);
        Assert.Empty(MateTreeVerifier.CheckLineEndsInMate(fen, result.MainLine));
        Assert.Equal(2 * expected - 1, result.MainLine.Count);
    }
}
