using Tempo.Chess;
using Tempo.Chess.Solving;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Faults;

/// <summary>Absurd resource requests are refused with exit 2 and one line naming the option; memory stays bounded.</summary>
public sealed class ResourceLimitTests
{
    private const string Mate1 = "5K2/8/2qk4/2nPp3/3r4/6B1/B7/3R4 w - e6 0 1";

    [Theory]
    [InlineData("--threads", "chess", "solve", Mate1, "--threads", "0")]
    [InlineData("--threads", "chess", "solve", Mate1, "--threads", "100000")]
    [InlineData("--threads", "chess", "solve", Mate1, "--threads", "-1")]
    [InlineData("--max", "chess", "solve", Mate1, "--max", "10000")]
    [InlineData("--max", "chess", "solve", Mate1, "--max", "0")]
    [InlineData("--time", "chess", "solve", Mate1, "--time", "0")]
    [InlineData("--time", "chess", "solve", Mate1, "--time", "-3")]
    [InlineData("--time", "chess", "solve", Mate1, "--time", "NaN")]
    [InlineData("--time", "chess", "solve", Mate1, "--time", "1e300")]
    [InlineData("--threads", "chess", "batch", "x.epd", "--threads", "0")]
    [InlineData("--time-per", "chess", "batch", "x.epd", "--time-per", "-1")]
    [InlineData("--max", "chess", "batch", "x.epd", "--max", "10000")]
    [InlineData("--runs", "soccer", "sweep", "book", "--runs", "-5")]
    [InlineData("--runs", "soccer", "sweep", "book", "--runs", "0")]
    [InlineData("--runs", "soccer", "sweep", "book", "--runs", "99999999999")]
    [InlineData("--runs", "soccer", "sweep", "book", "--runs", "2000000000")]
    [InlineData("--threads", "soccer", "sweep", "book", "--runs", "5", "--threads", "0")]
    [InlineData("depth", "chess", "perft", "startpos", "99")]
    [InlineData("depth", "chess", "perft", "startpos", "-1")]
    public void Absurd_values_are_refused_with_exit_2_naming_the_option(string option, params string[] args)
    {
        var error = new StringWriter();
        var exit = Program.Run(args, new StringWriter(), error);

        Assert.Equal(2, exit);
        var text = error.ToString().TrimEnd();
        Assert.StartsWith("tempo: ", text, StringComparison.Ordinal);
        Assert.Contains(option, text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text);
    }

    [Theory]
    [InlineData("999999999")]
    [InlineData("0")]
    [InlineData("-1")]
    public void Hash_size_out_of_range_is_refused_by_the_hash_option_itself(string megabytes)
    {
        var error = new StringWriter();
        var exit = Program.Run(["chess", "solve", Mate1, "--hash", megabytes], new StringWriter(), error);

        Assert.Equal(2, exit);
        // Refused because the value is absurd, not because --hash is an unknown option.
        Assert.StartsWith("tempo: --hash", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Unrecognized", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("solve")]
    [InlineData("batch")]
    public void Hash_option_sets_the_table_size_the_search_uses(string command)
    {
        // No mate within 5 from the start: the proof's node count depends on the table's size (a 1 MiB table, 65,536
        // slots, loses entries of these ~130,000 nodes that a 64 MiB one keeps; within 3 or 4 both keep everything
        // since the table's buckets are four slots), so the count tells which size the search really had.
        var oneMiB = MateSolver.Solve(Position.StartPosition(), new MateSolverOptions { MaxMoves = 5, TableMegabytes = 1 }).Nodes;
        var defaultSize = MateSolver.Solve(Position.StartPosition(), new MateSolverOptions { MaxMoves = 5 }).Nodes;
        Assert.NotEqual(oneMiB, defaultSize);

        Assert.Equal(oneMiB, NodesOf(command, "--hash", "1"));
        Assert.Equal(defaultSize, NodesOf(command));
    }

    private static long NodesOf(string command, params string[] hash)
    {
        using var dir = new TempDirectory();
        const string Start = "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq -";
        File.WriteAllText(Path.Combine(dir.Path, "start.epd"), Start + "\n");
        string[] args = command == "solve"
            ? ["chess", "solve", Start, "--max", "5", "--format", "json", .. hash]
            : ["chess", "batch", Path.Combine(dir.Path, "start.epd"), "--max", "5", .. hash];
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.True(Program.Run(args, output, error) == 0, error.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(output.ToString().Split('\n').Last(l => l.StartsWith('{')));
        return json.RootElement.GetProperty("nodes").GetInt64();
    }

    [Fact]
    public void Memory_of_a_long_solve_stays_bounded()
    {
        using var dir = new TempDirectory();
        using var child = new ChildTempo(["chess", "solve", "startpos", "--max", "20", "--time", "4"], dir.Path);
        long peak = 0;
        while (!child.HasExited)
        {
            peak = Math.Max(peak, child.PeakResidentBytes());
            Thread.Sleep(100);
        }
        Assert.Equal(0, child.WaitForExit(TimeSpan.FromSeconds(30)));

        // The 64 MB default table plus the runtime; a search that kept every node would grow far past this.
        Assert.InRange(peak, 1, 400L * 1024 * 1024);
    }
}
