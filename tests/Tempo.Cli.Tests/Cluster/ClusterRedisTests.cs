using Tempo.Cli.Tests.Faults;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Cluster;

/// <summary>
/// The cluster of machines: silos and a client that find each other through a real Redis server's membership table
/// (here all on loopback). A silo SIGKILLed mid-batch is found dead through that table and every running shard is sent
/// again (a shard pinned to the surviving silo may have gone through the dead one's gateway and been lost): every
/// position exactly once, each line the one-machine line.
/// </summary>
[Trait("Category", "Cluster")]
[Collection(TimingCollection.Name)]
public sealed class ClusterRedisTests
{
    [Fact]
    public void Silos_found_through_redis_finish_a_batch_when_one_is_sigkilled()
    {
        using var dir = new TempDirectory();
        var puzzles = Path.Combine(dir.Path, "mates.epd");
        File.WriteAllLines(puzzles, File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "mates-dev.epd")).Take(60));
        var oneMachine = new StringWriter();
        Assert.Equal(0, Program.Run(["chess", "batch", puzzles], oneMachine, new StringWriter()));
        using var redis = new RedisServer();
        int port = ClusterProcessFaultTests.FreePortPair();
        var outPath = Path.Combine(dir.Path, "out.jsonl");

        using var first = new ChildTempo(["cluster", "silo", "--membership", redis.Membership, "--port", $"{port}"], dir.Path);
        using var second = new ChildTempo(["cluster", "silo", "--membership", redis.Membership, "--port", $"{port + 1}"], dir.Path);
        ClusterProcessFaultTests.WaitFor(first, " up ");
        ClusterProcessFaultTests.WaitFor(second, " up ");
        Assert.Contains($"127.0.0.1:{port} up", first.Output, StringComparison.Ordinal);
        using var client = new ChildTempo(["chess", "batch", puzzles, "--cluster", redis.Membership, "--out", outPath], dir.Path);
        BatchKillResumeTests.WaitForLines(outPath, 4, client, ClusterProcessFaultTests.ClientStart);
        Assert.False(client.HasExited, "the batch ended before the kill");
        second.Kill();

        Assert.Equal(0, client.WaitForExit(TimeSpan.FromMinutes(4)));
        Assert.Equal(ClusterProcessFaultTests.Lines(oneMachine.ToString()), ClusterProcessFaultTests.Lines(File.ReadAllText(outPath)));
        Assert.Contains("60 passed, 0 failed", client.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--cluster redis://127.0.0.1:PORT: cannot reach the Redis server at 127.0.0.1:PORT", "chess", "batch", "FILE", "--cluster", "redis://127.0.0.1:PORT")]
    [InlineData("--membership redis://127.0.0.1:PORT: cannot reach the Redis server at 127.0.0.1:PORT", "cluster", "silo", "--membership", "redis://127.0.0.1:PORT")]
    [InlineData("--cluster 'redis://:6379': '' is not a Redis host", "chess", "batch", "FILE", "--cluster", "redis://:6379")]
    [InlineData("--advertise 0.0.0.0: not an IP address the other machines can reach", "cluster", "silo", "--membership", "redis://127.0.0.1:6379", "--advertise", "0.0.0.0")]
    [InlineData("--advertise: only a redis:// silo", "cluster", "silo", "--membership", "local", "--advertise", "127.0.0.1")]
    public void A_redis_membership_that_cannot_work_is_one_line_with_exit_2(string refusal, params string[] args)
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "mates.epd");
        File.WriteAllLines(file, File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "mates-dev.epd")).Take(2));
        int closed = ClusterProcessFaultTests.FreePortPair(); // nothing listens there
        string Fill(string text) => text.Replace("PORT", $"{closed}", StringComparison.Ordinal).Replace("FILE", file, StringComparison.Ordinal);
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = Program.Run([.. args.Select(Fill)], output, error);

        Assert.Equal(2, exit);
        var lines = error.ToString().TrimEnd().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("tempo: " + Fill(refusal), lines[0], StringComparison.Ordinal);
    }
}
