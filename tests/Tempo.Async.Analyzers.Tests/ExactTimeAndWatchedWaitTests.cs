using Tempo.Async.Analyzers;

namespace Tempo.Async.Analyzers.Tests;

/// <summary>
/// TEMPO010 (a constant delay with a fraction of a millisecond given to an API that drops it) and TEMPO011 (a
/// SemaphoreSlim or a Channel used behind the simulation's back) fire in line code, with what to use instead, and
/// leave the exact and watched forms alone.
/// </summary>
public sealed class ExactTimeAndWatchedWaitTests
{
    private const string Truncates1 = "truncates it to 1 ms";
    private const string Refuses = "refuses a period under 1 ms (ArgumentOutOfRangeException)";

    public static TheoryData<string, string, string, string> InexactDelays => new()
    {
        { "await {|#0:Task.Delay(TimeSpan.FromMilliseconds(1.5), sim.TimeProvider, ct)|};", "Task.Delay", "1.5 ms", Truncates1 },
        { "await {|#0:Task.Delay(TimeSpan.FromMilliseconds(1.5), sim.TimeProvider)|};", "Task.Delay", "1.5 ms", Truncates1 },
        { "await {|#0:Task.Delay(TimeSpan.FromMicroseconds(250), sim.TimeProvider, ct)|};", "Task.Delay", "0.25 ms", "truncates it to 0 ms" },
        { "await {|#0:Task.Delay(TimeSpan.FromSeconds(0.0015), sim.TimeProvider, ct)|};", "Task.Delay", "1.5 ms", Truncates1 },
        { "await {|#0:Task.Delay(TimeSpan.FromMilliseconds(1, 500), sim.TimeProvider, ct)|};", "Task.Delay", "1.5 ms", Truncates1 },
        { "await {|#0:Task.Delay(TimeSpan.FromTicks(15_000), sim.TimeProvider, ct)|};", "Task.Delay", "1.5 ms", Truncates1 },
        { "await Task.Delay(new TimeSpan(0, 0, 0, 2, 250), sim.TimeProvider, ct); await {|#0:Task.Delay(new TimeSpan(0, 0, 0, 0, 2, 250), sim.TimeProvider, ct)|};", "Task.Delay", "2.25 ms", "truncates it to 2 ms" },
        { "await {|#0:Task.Delay(1, ct).WaitAsync(TimeSpan.FromMilliseconds(2.5), sim.TimeProvider, ct)|};", "Task.WaitAsync", "2.5 ms", "truncates it to 2 ms" },
        { "await {|#0:Task.FromResult(1).WaitAsync(TimeSpan.FromMilliseconds(0.5), sim.TimeProvider)|};", "Task.WaitAsync", "0.5 ms", "truncates it to 0 ms" },
        { "using var timer = {|#0:new PeriodicTimer(TimeSpan.FromMicroseconds(500), sim.TimeProvider)|};", "new PeriodicTimer", "0.5 ms", Refuses },
    };

    public static TheoryData<string, string, string, string> UnwatchedWaits => new()
    {
        { "using var gate = new SemaphoreSlim(1); await {|#0:gate.WaitAsync(ct)|};", "SemaphoreSlim.WaitAsync", "semaphore",
            "await semaphore.WaitAsync(sim, ct) and release it with semaphore.Release(sim) (with a token, SemaphoreSlim.WaitAsync also resumes on the thread pool)" },
        { "using var gate = new SemaphoreSlim(1); await gate.WaitAsync(sim, ct); {|#0:gate.Release()|};", "SemaphoreSlim.Release", "semaphore",
            "release it with semaphore.Release(sim), as it is taken with semaphore.WaitAsync(sim, ct)" },
        { "var inbox = System.Threading.Channels.Channel.CreateUnbounded<int>(); var n = await {|#0:inbox.Reader.ReadAsync(ct)|};", "ChannelReader.ReadAsync", "channel", "await channel.ReadAsync(sim, ct)" },
        { "var inbox = System.Threading.Channels.Channel.CreateUnbounded<int>(); await {|#0:inbox.Reader.WaitToReadAsync(ct)|};", "ChannelReader.WaitToReadAsync", "channel", "await channel.ReadAsync(sim, ct)" },
        { "var inbox = System.Threading.Channels.Channel.CreateBounded<int>(1); await {|#0:inbox.Writer.WriteAsync(1, ct)|};", "ChannelWriter.WriteAsync", "channel", "await channel.WriteAsync(sim, item, ct)" },
        { "var inbox = System.Threading.Channels.Channel.CreateUnbounded<int>(); {|#0:inbox.Writer.TryWrite(1)|}; await inbox.ReadAsync(sim, ct);", "ChannelWriter.TryWrite", "channel",
            "write with channel.TryWrite(sim, item), or await channel.WriteAsync(sim, item, ct)" },
        { "var inbox = System.Threading.Channels.Channel.CreateUnbounded<int>(); if ({|#0:inbox.Reader.TryRead(out var n)|}) { await sim.DelayAsync(TimeSpan.FromSeconds(n), ct); }", "ChannelReader.TryRead", "channel",
            "read with channel.TryRead(sim, out item), or await channel.ReadAsync(sim, ct)" },
    };

    public static TheoryData<string> Exact => new()
    {
        "await Task.Delay(TimeSpan.FromMilliseconds(2), sim.TimeProvider, ct);",
        "await Task.Delay(TimeSpan.FromSeconds(1.5), sim.TimeProvider, ct);",
        "await Task.Delay(TimeSpan.FromMicroseconds(3000), sim.TimeProvider, ct);",
        "await Task.Delay(TimeSpan.Zero, sim.TimeProvider, ct);",
        "var d = TimeSpan.FromSeconds(0.5); await Task.Delay(d, sim.TimeProvider, ct);",
        "await sim.DelayAsync(TimeSpan.FromMilliseconds(1.5), ct);",
        "await sim.SleepAsync(TimeSpan.FromTicks(2_500), ct);",
        "using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(1.5), sim.TimeProvider);",
        "using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(1.5), sim.TimeProvider);",
        "using var timer = sim.TimeProvider.CreateTimer(_ => { }, null, TimeSpan.FromMilliseconds(1.5), Timeout.InfiniteTimeSpan);",
        "using var gate = new SemaphoreSlim(1); await gate.WaitAsync(sim, ct); gate.Release(sim);",
        "var inbox = System.Threading.Channels.Channel.CreateUnbounded<int>(); inbox.TryWrite(sim, 1); await inbox.WriteAsync(sim, 2, ct); var n = await inbox.ReadAsync(sim, ct); inbox.TryRead(sim, out var m);",
    };

    [Theory]
    [MemberData(nameof(InexactDelays))]
    public Task InexactDelay_InLineBody_IsFlagged_SayingWhatDotNetDoes(string code, string what, string delay, string consequence) =>
        Verify.AnalyzerAsync(Verify.InLine(code), new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Descriptors.InexactDelay).WithLocation(0).WithArguments(what, "car", delay, consequence));

    [Theory]
    [MemberData(nameof(UnwatchedWaits))]
    public Task UnwatchedWait_InLineBody_IsFlagged_NamingTheWatchedForm(string code, string what, string kind, string instead) =>
        Verify.AnalyzerAsync(Verify.InLine(code), new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Descriptors.UnwatchedWait).WithLocation(0).WithArguments(what, "car", kind, instead));

    [Theory]
    [MemberData(nameof(Exact))]
    public Task ExactDelays_AndWatchedWaits_AreNotFlagged(string code) => Verify.AnalyzerAsync(Verify.InLine(code));

    [Fact]
    public Task InexactDelay_OutsideAnyLine_IsNotFlagged() => Verify.AnalyzerAsync("""
        class Sample
        {
            async Task MainAsync(Simulation sim, TimeProvider clock)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(1.5), clock);
                sim.Run();
            }
        }
        """);

    [Fact]
    public void TheMessage_SaysWhatToUseInstead()
    {
        var message = string.Format(System.Globalization.CultureInfo.InvariantCulture, Descriptors.InexactDelay.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "Task.Delay", "car", "1.5 ms", Truncates1);

        Assert.Equal(
            "'Task.Delay' in line 'car' is given 1.5 ms, and .NET truncates it to 1 ms before the simulation's TimeProvider sees it: " +
            "await sim.DelayAsync(delay, ct) (or sim.SleepAsync), which is exact to the tick",
            message);
    }
}
