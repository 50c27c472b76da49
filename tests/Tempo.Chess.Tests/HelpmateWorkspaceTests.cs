using System.Text.RegularExpressions;
using Tempo.Chess.Solving;

namespace Tempo.Chess.Tests;

public sealed class HelpmateWorkspaceTests
{
    [Fact]
    public void Helpmates_InOneWorkspace_GiveWhatAFreshTableGives()
    {
        // A web server's running slot proves helpmate after helpmate in one workspace (HelpmateOptions.Workspace): the
        // table is cleared between them, so each result, node count included, is that of a solve with a table of its own.
        (string Fen, string Stipulation)[] problems =
        [
            ("6R1/7q/8/5k2/5B2/8/5Kbb/8 b - - 0 1", "h#3"),
            ("1RrB2b1/8/4n3/2n3p1/2K2b2/1p1rk3/6BR/8 b - - 0 1", "h#2"),
            ("8/8/8/8/5K2/Q7/2b2p2/7k b - - 0 1", "h#2"),
            ("8/8/8/8/5K2/Q7/2b2p2/7k b - - 0 1", "h#1.5"),
        ];
        var workspace = new SolverWorkspace();
        var options = new HelpmateOptions { TableMegabytes = 4 };
        foreach (var (fen, stipulation) in problems.Reverse().Concat(problems))
        {
            var shared = HelpmateSolver.Solve(Position.Parse(fen), Stipulation.Parse(stipulation), options with { Workspace = workspace });
            var fresh = HelpmateSolver.Solve(Position.Parse(fen), Stipulation.Parse(stipulation), options);
            Assert.Equal(WithoutTime(fresh.ToJson()), WithoutTime(shared.ToJson()));
        }
    }

    private static string WithoutTime(string json) => Regex.Replace(json, "\"ms\":[0-9]+", "");
}
