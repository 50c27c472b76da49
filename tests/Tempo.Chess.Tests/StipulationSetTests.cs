using Tempo.Chess.Solving;
using Tempo.Chess.Tests.Verification;

namespace Tempo.Chess.Tests;

/// <summary>
/// The published helpmates, selfmates and directmates of tests/data/stipulations.tsv (sources in tests/data/README.md):
/// every solution list, count or key set is compared, and every helpmate solution, selfmate key and directmate key is
/// re-checked on the mailbox board (for directmates in two, the mailbox board's own exhaustive key list too).
/// </summary>
public sealed class StipulationSetTests
{
    public static TheoryData<string, string, string, string> Problems()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var line in File.ReadLines(TestData.PathOf("stipulations.tsv")))
        {
            if (line.StartsWith("# ", StringComparison.Ordinal) || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var fields = line.Split('\t');
            data.Add(fields[0], fields[1], fields[2], fields[3]);
        }
        return data;
    }

    [Fact]
    public void TheSet_HoldsAtLeastAHundredProblems()
    {
        var stipulations = Problems().Select(p => (string)p[0]).ToList();
        Assert.True(stipulations.Count >= 100, $"{stipulations.Count} problems");
        Assert.True(stipulations.Count(s => s.StartsWith('h')) >= 30 && stipulations.Count(s => s.StartsWith('s')) >= 5 && stipulations.Count(s => s.StartsWith('#')) >= 50);
    }

    [Fact]
    public void TheSet_HoldsAtLeastAHundredHelpmatesAndSelfmatesInTwoToFour()
    {
        // The set: orthodox h#2-h#4 (with h#N.5) and s#2-s#4, each compared solution by solution.
        var inRange = Problems().Select(p => Stipulation.Parse((string)p[0]))
            .Where(s => (s.Kind == StipulationKind.Help && s.HalfMoves is >= 4 and <= 8) || (s.Kind == StipulationKind.Self && s.Moves is >= 2 and <= 4))
            .ToList();
        Assert.True(inRange.Count >= 100, $"{inRange.Count} h#2-h#4 and s#2-s#4");
        Assert.Contains(inRange, s => s.Kind == StipulationKind.Help && s.HalfMoves == 8);
        Assert.Contains(inRange, s => s.Kind == StipulationKind.Self && s.Moves == 4);
    }

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
        else if (stip.Kind == StipulationKind.Self)
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
        else
        {
            CheckDirectmate(fen, stip, expected);
        }
    }

    private static void CheckDirectmate(string fen, Stipulation stip, string expected)
    {
        var result = MateSolver.Solve(Position.Parse(fen), new MateSolverOptions { MaxMoves = stip.Moves, FindTries = false });
        var keys = result.Keys.Select(k => k.ToUci()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected[5..].Split(' ').Order(StringComparer.Ordinal), keys);
        Assert.Equal(stip.Moves, result.MateIn);
        Assert.Empty(MateTreeVerifier.CheckTree(fen, result.Tree!, stip.Moves));
        if (stip.Moves <= 2)
        {
            // The mailbox board's own exhaustive search: these keys and no other mate in time.
            Assert.Equal(keys, new MateTreeVerifier().MatingMoves(fen, stip.Moves).Order(StringComparer.Ordinal));
        }
    }
}
