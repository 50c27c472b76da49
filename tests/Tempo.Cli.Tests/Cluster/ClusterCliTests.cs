using System.Text.Json.Nodes;

namespace Tempo.Cli.Tests.Cluster;

/// <summary>`--cluster local` (a silo inside the tempo process) gives the one-machine output; a bad membership is one line, exit 2.</summary>
[Trait("Category", "Cluster")]
public sealed class ClusterCliTests
{
    private static readonly string First40 = Path.Combine(AppContext.BaseDirectory, "data", "lichess-first-40.csv");

    [Fact]
    public void Chess_batch_on_the_local_cluster_writes_the_one_machine_lines_in_input_order()
    {
        var oneMachine = Run(["chess", "batch", First40]);
        var cluster = Run(["chess", "batch", First40, "--cluster", "local"]);
        var shardsOfThree = Run(["chess", "batch", First40, "--cluster", "local", "--shard-size", "3"]);

        Assert.Equal(0, oneMachine.Exit);
        Assert.Equal(0, cluster.Exit);
        Assert.Equal(Lines(oneMachine.Output), Lines(cluster.Output));
        Assert.Equal(Summary(oneMachine.Output), Summary(cluster.Output));
        Assert.Equal(0, shardsOfThree.Exit);
        Assert.Equal(Lines(oneMachine.Output), Lines(shardsOfThree.Output));
    }

    [Fact]
    public void Soccer_sweep_on_the_local_cluster_is_byte_identical_to_one_machine()
    {
        string[] sweep = ["soccer", "sweep", "book", "--runs", "600", "--seed", "11", "--format", "json"];
        var oneMachine = Run(sweep);
        var cluster = Run([.. sweep, "--cluster", "local"]);
        var shardsOfSeven = Run([.. sweep, "--cluster", "local", "--shard-size", "7"]);

        Assert.Equal(0, cluster.Exit);
        Assert.Equal(oneMachine.Output, cluster.Output);
        Assert.Equal(0, shardsOfSeven.Exit);
        Assert.Equal(oneMachine.Output, shardsOfSeven.Output);
        Assert.Equal(600, JsonNode.Parse(cluster.Output)!["runs"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("chess", "nowhere")]
    [InlineData("soccer", "loopback:99999")]
    public void A_bad_membership_is_one_line_and_exit_2(string area, string membership)
    {
        string[] args = area == "chess" ? ["chess", "batch", First40, "--cluster", membership] : ["soccer", "sweep", "book", "--runs", "5", "--cluster", membership];
        var result = Run(args);

        Assert.Equal(2, result.Exit);
        Assert.StartsWith($"tempo: --cluster ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("--shard-size 5: only with --cluster", "chess", "batch", "FILE", "--shard-size", "5")]
    [InlineData("--shard-size 5: only with --cluster", "soccer", "sweep", "book", "--runs", "5", "--shard-size", "5")]
    [InlineData("--shard-size 0: give 1 to 100,000 positions per shard", "chess", "batch", "FILE", "--cluster", "local", "--shard-size", "0")]
    [InlineData("--shard-size 0: give 1 to 10,000,000 runs per shard", "soccer", "sweep", "book", "--runs", "5", "--cluster", "local", "--shard-size", "0")]
    public void A_shard_size_that_cannot_be_used_is_one_line_and_exit_2(string refusal, params string[] args)
    {
        var result = Run([.. args.Select(a => a == "FILE" ? First40 : a)]);

        Assert.Equal(2, result.Exit);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"tempo: {refusal}", result.Error, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The JSON lines without <c>ms</c>, the one field that differs between any two runs.</summary>
    private static List<string> Lines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith('{')).Select(l =>
        {
            var node = JsonNode.Parse(l)!.AsObject();
            node.Remove("ms");
            return node.ToJsonString();
        })];

    private static string Summary(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
}
