using Tempo.Chess.Solving;

namespace Tempo.Chess.Tests;

public sealed class MateProgressTests
{
    [Fact]
    public void Describe_gives_the_distance_first_moves_nodes_rate_time_and_line()
    {
        var progress = new MateProgress(7, 12_345_678, TimeSpan.FromSeconds(10)) { RootMovesDone = 3, RootMoves = 20, Line = ["e1d2", "f5e4"] };

        Assert.Equal("mate in 7? first moves 3/20, 12,345,678 nodes, 1,234,567 nodes/s, 10.0 s; line e1d2 f5e4", progress.Describe());
        Assert.Equal("mate in 0? 0 nodes, 0 nodes/s, 0.0 s", new MateProgress(0, 0, TimeSpan.Zero).Describe());
    }

    [Fact]
    public void A_running_solve_reports_the_distance_the_first_moves_and_a_line_from_a_legal_first_move()
    {
        var reports = new Recorder();
        var result = MateSolver.Solve(Position.StartPosition(), new MateSolverOptions
        {
            MaxMoves = 6,
            Progress = reports,
            ProgressInterval = TimeSpan.FromMilliseconds(5),
        });

        Assert.Equal(MateStatus.None, result.Status);
        var seen = reports.Taken();
        Assert.NotEmpty(seen);
        var firstMoves = new HashSet<string>(MoveOrder.SortedLegalMoves(Position.StartPosition()).Select(m => m.ToUci()));
        Assert.All(seen, p =>
        {
            Assert.InRange(p.Depth, 0, 6);
            Assert.True(p.RootMoves == 20 || (p.RootMoves == 0 && p.Depth == 0), $"{p.RootMoves} first moves at depth {p.Depth}");
            Assert.InRange(p.RootMovesDone, 0, 20);
            Assert.True(p.Line.Count == 0 || firstMoves.Contains(p.Line[0]), string.Join(' ', p.Line));
            Assert.True(p.Line.Count <= 2 * 6 - 1, string.Join(' ', p.Line));
        });
        Assert.Contains(seen, p => p.Line.Count >= 2 && p.RootMoves == 20);
    }

    private sealed class Recorder : IProgress<MateProgress>
    {
        private readonly Lock _gate = new();
        private readonly List<MateProgress> _seen = [];

        public void Report(MateProgress value)
        {
            lock (_gate)
            {
                _seen.Add(value);
            }
        }

        public List<MateProgress> Taken()
        {
            lock (_gate)
            {
                return [.. _seen];
            }
        }
    }
}
