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
        // The solve runs until the reports the test needs have come (or a generous cap), so a busy machine whose
        // timer thread fires late cannot make it end before the first report.
        using var enough = new CancellationTokenSource();
        var reports = new Recorder(p => p.Line.Count >= 2 && p.RootMoves == 20, enough);
        var result = MateSolver.Solve(Position.StartPosition(), new MateSolverOptions
        {
            MaxMoves = 12,
            Progress = reports,
            ProgressInterval = TimeSpan.FromMilliseconds(5),
            TimeLimit = TimeSpan.FromMinutes(2),
        }, enough.Token);

        Assert.Equal(MateStatus.Unknown, result.Status);
        var seen = reports.Taken();
        Assert.NotEmpty(seen);
        var firstMoves = new HashSet<string>(MoveOrder.SortedLegalMoves(Position.StartPosition()).Select(m => m.ToUci()));
        Assert.All(seen, p =>
        {
            Assert.InRange(p.Depth, 0, 12);
            Assert.True(p.RootMoves == 20 || (p.RootMoves == 0 && p.Depth == 0), $"{p.RootMoves} first moves at depth {p.Depth}");
            Assert.InRange(p.RootMovesDone, 0, 20);
            Assert.True(p.Line.Count == 0 || firstMoves.Contains(p.Line[0]), string.Join(' ', p.Line));
            Assert.True(p.Line.Count <= 2 * 12 - 1, string.Join(' ', p.Line));
        });
        Assert.Contains(seen, p => p.Line.Count >= 2 && p.RootMoves == 20);
    }

    /// <summary>Keeps every report and cancels the solve after the third report once one has matched <c>wanted</c>.</summary>
    private sealed class Recorder(Func<MateProgress, bool> wanted, CancellationTokenSource enough) : IProgress<MateProgress>
    {
        private readonly Lock _gate = new();
        private readonly List<MateProgress> _seen = [];
        private bool _matched;

        public void Report(MateProgress value)
        {
            lock (_gate)
            {
                _seen.Add(value);
                _matched |= wanted(value);
                if (_matched && _seen.Count >= 3)
                {
                    enough.Cancel();
                }
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
