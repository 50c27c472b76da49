using Tempo.Chess.Solving;
using Tempo.Chess.Tests.Verification;

namespace Tempo.Chess.Tests;

/// <summary>
/// The published helpmates and selfmates of tests/data/stipulations.tsv (sources in tests/data/README.md): every
/// solution list, count or key set is compared, and every helpmate solution and selfmate key is re-checked on the
/// mailbox board.
/// </summary>
public sealed class StipulationSetTests
{
    public static TheoryData<string, string, string, string> Problems()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadLines(TestData.PathOf("stipulations.tsv")))
        {
            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var fields = line.Split('\t');
            data.Add(fields[0], fields[1], fields[2], fields[3]);
        }
        return data;
    }

    [Fact]
    public void TheSet_HoldsAtLeastThirtyProblems() => Assert.True(Problems().Count >= 30 && Problems().Count(p => ((string)p[0]).StartsWith('s')) >= 2);

    [Theory]
    [MemberData(nameof(Problems))]
    public void Solve_PublishedProblem_AgreesWithItsPublishedSolution(string stipulation, string fen, string expected, string source)
    {
        var stip = Stipulation.Parse(stipulation);
        if (stip.Kind == StipulationKind.Help)
        {
            var result = HelpmateSolver.Solve(Position.Parse(fen), stip);
            var lines = result.Solutions.Select(s => string.Join(' ', s.Select(m => m.ToUci()))).ToList();
            Assert.True(result.Complete, source);
            if (expected.StartsWith("count=", StringComparison.Ordinal))
            {
                Assert.Equal(int.Parse(expected[6..]), lines.Count);
            }
            else
            {
                Assert.Equal(expected[6..].Split(" | ").Order(StringComparer.Ordinal), lines);
            }
            Assert.All(lines, line => Assert.Empty(HelpmateVerifier.CheckSolution(result.Fen, line.Split(' '), stip.HalfMoves)));
        }
        else
        {
            var result = MateSolver.Solve(Position.Parse(fen), new MateSolverOptions { Selfmate = true, MaxMoves = stip.Moves, FindTries = false });
            var keys = result.Keys.Select(k => k.ToUci()).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected[5..].Split(' ').Order(StringComparer.Ordinal), keys);
            Assert.Equal(stip.Moves, result.MateIn);
            if (stip.Moves <= 2)
            {
                var verifier = new SelfmateVerifier();
                Assert.All(keys, key => Assert.True(verifier.MoveForces(fen, key, stip.Moves), $"{key} does not force s#{stip.Moves}"));
                Assert.Empty(SelfmateVerifier.CheckTree(fen, result.Tree!));
            }
        }
    }
}
