using System.Text.Json.Nodes;
using Tempo.Chess.Batch;
using Tempo.Cluster.Chess;
using Tempo.Cluster.Hosting;

namespace Tempo.Cluster.Tests;

/// <summary>
/// `chess batch` on two silos writes the one-machine lines in input order (but for the measured <c>ms</c>), and a silo
/// killed mid-batch loses and duplicates nothing: its shards are run again on the other silo.
/// </summary>
[Trait("Category", "Cluster")]
public sealed class ClusterBatchTests
{
    private static readonly BatchOptions Options = new();

    [Fact]
    public async Task Two_silos_write_the_one_machine_lines_in_input_order()
    {
        var entries = Read("lichess-first-40.csv").Concat(Read("mates-dev.epd").Take(24)).ToList();
        var expected = OneMachine(entries);
        await using var silos = await TwoSilos.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        var lines = new List<string>();
        await foreach (var line in ClusterBatch.SolveAsync(silos.Cluster.Client, entries, Options, new ShardingOptions { PositionsPerShard = 3, InFlightPerSilo = 2 }, timeout.Token))
        {
            lines.Add(WithoutTime(line.Json));
        }

        Assert.Equal(expected, lines);
    }

    [Fact]
    public async Task A_silo_killed_mid_batch_loses_and_duplicates_nothing()
    {
        var entries = Read("mates-dev.epd").Take(40).ToList();
        var expected = OneMachine(entries);
        await using var silos = await TwoSilos.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));

        var lines = new List<string>();
        bool killed = false;
        await foreach (var line in ClusterBatch.SolveAsync(silos.Cluster.Client, entries, Options, new ShardingOptions { PositionsPerShard = 1, InFlightPerSilo = 1 }, timeout.Token))
        {
            lines.Add(WithoutTime(line.Json));
            if (lines.Count == 6 && !killed)
            {
                // Each silo has a shard running now; the secondary dies with it (no clean shutdown).
                await silos.Cluster.KillSiloAsync(silos.Cluster.SecondarySilos[0]);
                killed = true;
            }
        }

        Assert.True(killed);
        Assert.Equal(expected, lines);
    }

    internal static List<BatchEntry> Read(string file) =>
        [.. BatchReader.Read(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", file)), file)];

    private static List<string> OneMachine(IEnumerable<BatchEntry> entries) =>
        [.. entries.Select(e => WithoutTime(BatchSolver.Solve(e, Options).ToJson()))];

    /// <summary>The line without <c>ms</c>, the one field that differs between any two runs.</summary>
    private static string WithoutTime(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("ms");
        return node.ToJsonString();
    }
}
