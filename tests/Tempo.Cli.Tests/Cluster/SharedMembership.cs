using Tempo.Cli.Tests.Faults;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Cluster;

/// <summary>
/// What every membership shared by machines (Redis, PostgreSQL) is tested for: a batch of two `tempo cluster silo`
/// processes and a `chess batch --cluster` client that find each other only through it, the second silo SIGKILLed
/// mid-batch, every one-machine line written exactly once; a membership that cannot work refused in one line, exit 2.
/// </summary>
internal static class SharedMembership
{
    /// <summary>Runs the scenario on 60 mates; <paramref name="silosUp"/> looks at the two silos (first port, outputs) before the client starts.</summary>
    public static void RunKillingTheSecondSilo(string membership, Action<int, ChildTempo, ChildTempo> silosUp)
    {
        using var dir = new TempDirectory();
        var puzzles = Path.Combine(dir.Path, "mates.epd");
        File.WriteAllLines(puzzles, File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "mates-dev.epd")).Take(60));
        var oneMachine = new StringWriter();
        Assert.Equal(0, Program.Run(["chess", "batch", puzzles], oneMachine, new StringWriter()));
        int port = ClusterProcessFaultTests.FreePortPair();
        var outPath = Path.Combine(dir.Path, "out.jsonl");

        using var first = new ChildTempo(["cluster", "silo", "--membership", membership, "--port", $"{port}"], dir.Path);
        ClusterProcessFaultTests.WaitFor(first, " up ");
        using var second = new ChildTempo(["cluster", "silo", "--membership", membership, "--port", $"{port + 1}"], dir.Path);
        ClusterProcessFaultTests.WaitFor(second, " up ");
        Assert.Contains($"127.0.0.1:{port} up", first.Output, StringComparison.Ordinal);
        silosUp(port, first, second);
        using var client = new ChildTempo(["chess", "batch", puzzles, "--cluster", membership, "--out", outPath], dir.Path);
        BatchKillResumeTests.WaitForLines(outPath, 4, client, ClusterProcessFaultTests.ClientStart);
        Assert.False(client.HasExited, "the batch ended before the kill");
        second.Kill();

        Assert.Equal(0, client.WaitForExit(TimeSpan.FromMinutes(4)));
        Assert.Equal(ClusterProcessFaultTests.Lines(oneMachine.ToString()), ClusterProcessFaultTests.Lines(File.ReadAllText(outPath)));
        Assert.Contains("60 passed, 0 failed", client.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// Runs `tempo ARGS` in this process, where FILE is two mates, PORT a loopback port nobody listens on, and any other
    /// word <paramref name="fill"/> replaces; asserts exit 2 and one line starting with "tempo: " and the filled
    /// <paramref name="refusal"/>, and returns that line.
    /// </summary>
    public static string RunRefused(string refusal, string[] args, Func<string, string>? fill = null)
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "mates.epd");
        File.WriteAllLines(file, File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "mates-dev.epd")).Take(2));
        int closed = ClusterProcessFaultTests.FreePortPair(); // nothing listens there
        string Fill(string text) => (fill ?? (t => t))(text.Replace("PORT", $"{closed}", StringComparison.Ordinal).Replace("FILE", file, StringComparison.Ordinal));
        var error = new StringWriter();

        var exit = Program.Run([.. args.Select(Fill)], new StringWriter(), error);

        Assert.Equal(2, exit);
        var lines = error.ToString().TrimEnd().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("tempo: " + Fill(refusal), lines[0], StringComparison.Ordinal);
        return lines[0];
    }
}
