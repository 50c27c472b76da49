using Tempo.Cli.Tests.Faults;

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
        using var redis = new RedisServer();
        SharedMembership.RunKillingTheSecondSilo(redis.Membership, (_, _, second) =>
            Assert.Contains("cluster tempo-redis", second.Output, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--cluster redis://127.0.0.1:PORT: cannot reach the Redis server at 127.0.0.1:PORT", "chess", "batch", "FILE", "--cluster", "redis://127.0.0.1:PORT")]
    [InlineData("--membership redis://127.0.0.1:PORT: cannot reach the Redis server at 127.0.0.1:PORT", "cluster", "silo", "--membership", "redis://127.0.0.1:PORT")]
    [InlineData("--cluster 'redis://:6379': '' is not a Redis host", "chess", "batch", "FILE", "--cluster", "redis://:6379")]
    [InlineData("--advertise 0.0.0.0: not an IP address the other machines can reach", "cluster", "silo", "--membership", "redis://127.0.0.1:6379", "--advertise", "0.0.0.0")]
    [InlineData("--advertise: only a redis:// or postgres:// silo", "cluster", "silo", "--membership", "local", "--advertise", "127.0.0.1")]
    public void A_redis_membership_that_cannot_work_is_one_line_with_exit_2(string refusal, params string[] args) =>
        SharedMembership.RunRefused(refusal, args);
}
