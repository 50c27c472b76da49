using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Tempo.Cli.Tests.Faults;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Cluster;

/// <summary>
/// Real processes on loopback: two `tempo cluster silo` and a `tempo chess batch --cluster loopback:GATEWAY` client;
/// the second silo is SIGKILLed mid-batch. The client finishes with every position exactly once, each line the
/// one-machine line. Bounded: every wait has a deadline and the children are killed when the test ends.
/// </summary>
[Trait("Category", "Cluster")]
[Collection(TimingCollection.Name)]
public sealed class ClusterProcessFaultTests
{
    internal const int GatewayOffset = 18889;

    /// <summary>How long a cluster client may take to write its first lines (a process, an Orleans client, a shard: over 30 s on a loaded machine).</summary>
    internal static readonly TimeSpan ClientStart = TimeSpan.FromSeconds(120);

    [Fact]
    public void A_silo_sigkilled_mid_batch_loses_and_duplicates_nothing()
    {
        using var dir = new TempDirectory();
        var puzzles = Path.Combine(dir.Path, "mates.epd");
        File.WriteAllLines(puzzles, File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "mates-dev.epd")).Take(40));
        var oneMachine = new StringWriter();
        Assert.Equal(0, Program.Run(["chess", "batch", puzzles], oneMachine, new StringWriter()));
        int primary = FreePortPair();
        var outPath = Path.Combine(dir.Path, "out.jsonl");

        using var first = new ChildTempo(["cluster", "silo", "--membership", $"local:{primary}"], dir.Path);
        WaitFor(first, " up ");
        using var second = new ChildTempo(["cluster", "silo", "--membership", $"local:{primary}", "--port", $"{primary + 1}"], dir.Path);
        WaitFor(second, " up ");
        using var client = new ChildTempo(["chess", "batch", puzzles, "--cluster", $"loopback:{primary + GatewayOffset}", "--out", outPath], dir.Path);
        BatchKillResumeTests.WaitForLines(outPath, 4, client, ClusterProcessFaultTests.ClientStart);
        second.Kill();

        Assert.Equal(0, client.WaitForExit(TimeSpan.FromMinutes(4)));
        Assert.Equal(Lines(oneMachine.ToString()), Lines(File.ReadAllText(outPath)));
        Assert.Contains("40 passed, 0 failed", client.Output, StringComparison.Ordinal);
    }

    internal static void WaitFor(ChildTempo silo, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!silo.Output.Contains(text, StringComparison.Ordinal))
        {
            if (silo.HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the silo did not start: {silo.Output} {silo.Error}");
            }
            Thread.Sleep(100);
        }
    }

    /// <summary>A port P with P, P+1 and their gateways free (the silos and gateways of the two silos).</summary>
    internal static int FreePortPair()
    {
        var random = new Random();
        for (int attempt = 0; attempt < 100; attempt++)
        {
            int port = random.Next(20000, 40000);
            if (new[] { port, port + 1, port + GatewayOffset, port + 1 + GatewayOffset }.All(IsFree))
            {
                return port;
            }
        }
        throw new InvalidOperationException("no free loopback ports");
    }

    internal static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    internal static List<string> Lines(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith('{')).Select(l =>
        {
            var node = JsonNode.Parse(l)!.AsObject();
            node.Remove("ms");
            return node.ToJsonString();
        })];
}
