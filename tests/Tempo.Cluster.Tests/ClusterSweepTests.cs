using Tempo.Cluster.Hosting;
using Tempo.Cluster.Soccer;
using Tempo.Soccer.Lines;
using Tempo.Soccer.Output;

namespace Tempo.Cluster.Tests;

/// <summary>A sweep on two silos gives the one-machine sweep's output byte for byte, with the same seed.</summary>
[Trait("Category", "Cluster")]
public sealed class ClusterSweepTests
{
    [Theory]
    [InlineData(7, false)]
    [InlineData(2026, true)]
    public async Task Two_silos_give_the_one_machine_sweep_byte_for_byte(int seed, bool sequential)
    {
        const int runs = 300;
        var play = BookPlay.Load();
        var oneMachine = PlaySweep.Run(play, new SweepOptions { Runs = runs, Threads = 2, Seed = seed, Sequential = sequential }, BookPlay.Scripts);
        await using var silos = await TwoSilos.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        int reported = 0;

        var cluster = await ClusterSweep.RunAsync(
            silos.Cluster.Client, SweepJob.Book(seed, sequential), play.Name, runs,
            new Progress<int>(n => Volatile.Write(ref reported, n)), new ShardingOptions { RunsPerShard = 37, InFlightPerSilo = 2 }, timeout.Token);

        Assert.Equal(SweepJson.Write(oneMachine, runs), SweepJson.Write(cluster, runs));
        Assert.Equal(oneMachine.Format(), cluster.Format());
        Assert.Equal(runs, cluster.Runs);
    }
}
