using Tempo.Chess.Solving;

namespace Tempo.Chess.Tests;

/// <summary>
/// The search's node count on a fixed moremover is its signature (as an engine's bench count): a change meant to make
/// each node cheaper (a prefetch, a skipped zeroing, a refactor) must leave it as it is; a change meant to search another
/// tree updates it, with the measurement that justified the new tree.
/// </summary>
public sealed class MateSearchSignatureTests
{
    [Theory]
    [InlineData("8/r7/B7/8/8/p7/5p1p/2b2K1k w - - 0 1", 8, "a6e2", 219_397)]
    [InlineData("3k4/P1Np2P1/3P3K/1Pp1p3/3p4/2P4p/qp2rP2/7b w - - 0 1", 7, "c3c4", 932_547)]
    public void Solve_Moremover_NodeCountIsTheSignature(string fen, int mateIn, string key, long nodes)
    {
        var result = MateSolver.Solve(Position.Parse(fen), new MateSolverOptions { MaxMoves = mateIn, BuildTree = false, FindTries = false });

        Assert.Equal(mateIn, result.MateIn);
        Assert.Equal([key], result.Keys.Select(k => k.ToUci()));
        Assert.Equal(nodes, result.Nodes);
    }
}
