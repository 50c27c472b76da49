using CsCheck;
using Tempo.Chess.Solving;
using Tempo.Chess.Tests.Verification;

namespace Tempo.Chess.Tests.Hostile;

/// <summary>
/// The rule and prover properties of issue #7 that the other test files do not already cover: make/unmake of every
/// legal move restores the position and its hash, and the prover gives one verified answer for 1, 2 and 4 threads.
/// </summary>
public sealed class RulesPropertyTests
{
    private static readonly Gen<int[]> Games = Gen.Int[0, 10_000].Array[0, 160];

    [Fact]
    public void Make_then_unmake_of_every_legal_move_restores_the_position_and_its_hash()
    {
        Games.Sample(choices =>
        {
            var position = Position.StartPosition();
            var moves = new Move[Position.MaxMoves];
            foreach (var choice in choices)
            {
                var count = position.GenerateLegalMoves(moves);
                if (count == 0)
                {
                    break;
                }
                var fen = position.ToFen();
                var hash = position.Hash;
                var inCheck = position.InCheck;
                for (var i = 0; i < count; i++)
                {
                    position.MakeMove(moves[i]);
                    // The incremental hash after the move equals the hash recomputed from scratch.
                    if (Position.Parse(position.ToFen()).Hash != position.Hash)
                    {
                        return false;
                    }
                    position.UnmakeMove();
                    if (position.ToFen() != fen || position.Hash != hash || position.InCheck != inCheck)
                    {
                        return false;
                    }
                }
                position.MakeMove(moves[choice % count]);
            }
            return true;
        }, iter: 300, print: c => string.Join(',', c));
    }

    public static TheoryData<string, int> ThreadCases()
    {
        var data = new TheoryData<string, int>();
        var taken = new Dictionary<int, int>();
        foreach (var line in File.ReadLines(TestData.PathOf("mates-dev.epd")))
        {
            var record = EpdRecord.Parse(line);
            var n = int.Parse(record.Operations["bm"].TrimStart('#'), System.Globalization.CultureInfo.InvariantCulture);
            // Every mate up to #4 of the file (57) and the first mates in 5: at least 50 mates, up to #5.
            if (n <= 4 || taken.GetValueOrDefault(n) < 3)
            {
                taken[n] = taken.GetValueOrDefault(n) + 1;
                data.Add(record.Fen, n);
            }
        }
        return data;
    }

    [Fact]
    public void The_thread_cases_cover_at_least_50_mates_up_to_5()
    {
        var cases = ThreadCases().Select(row => (int)row[1]).ToList();

        Assert.True(cases.Count >= 50, $"{cases.Count} cases");
        Assert.Equal(Enumerable.Range(1, 5), cases.Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(ThreadCases))]
    public void One_two_and_four_threads_give_the_same_verified_answer(string fen, int mateIn)
    {
        var results = new[] { 1, 2, 4 }
            .Select(threads => MateSolver.Solve(Position.Parse(fen), new MateSolverOptions { MaxMoves = mateIn, Threads = threads, MaxTreeMoves = 1_000_000 }))
            .ToList();

        foreach (var result in results)
        {
            Assert.Equal(MateStatus.Mate, result.Status);
            Assert.Equal(mateIn, result.MateIn);
            Assert.Equal(results[0].Keys, result.Keys);
            Assert.Equal(results[0].MainLine, result.MainLine);
            // The tree text without its closing statistics lines (nodes, time).
            Assert.Equal(results[0].FormatTree().Split('\n')[..^2], result.FormatTree().Split('\n')[..^2]);
            Assert.Empty(MateTreeVerifier.CheckTree(fen, result.Tree!, mateIn));
            Assert.Empty(MateTreeVerifier.CheckLineEndsInMate(fen, result.MainLine));
        }
    }
}
