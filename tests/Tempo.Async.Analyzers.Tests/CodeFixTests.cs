using Tempo.Async.Analyzers;
using Tempo.Async.Analyzers.CodeFixes;

namespace Tempo.Async.Analyzers.Tests;

/// <summary>Each code fix turns the flagged code into what the message says to use, and leaves code it cannot fix alone.</summary>
public sealed class CodeFixTests
{
    [Fact]
    public Task ConfigureAwaitFalse_IsRemoved() => Verify.FixAsync<RemoveConfigureAwaitFix>(
        Verify.InLine("await {|#0:Task.Delay(1).ConfigureAwait(false)|};"),
        Verify.InLine("await Task.Delay(1);"),
        Verify.Diagnostic(Descriptors.ConfigureAwaitFalse, 0, "ConfigureAwait(false)", "car"));

    [Fact]
    public Task Wait_BecomesAwait() => Verify.FixAsync<AwaitInsteadOfBlockingFix>(
        Verify.InLine("var t = Task.Delay(1); {|#0:t.Wait()|};"),
        Verify.InLine("var t = Task.Delay(1); await t;"),
        Verify.Diagnostic(Descriptors.BlockingWait, 0, "Task.Wait", "car"));

    [Fact]
    public Task Result_BecomesAwait_ParenthesizedWhereItsValueIsUsedFurther() => Verify.FixAsync<AwaitInsteadOfBlockingFix>(
        Verify.InLine("var t = Task.FromResult(\"ab\"); var a = {|#0:t.Result|}; var n = {|#1:t.Result|}.Length;"),
        Verify.InLine("var t = Task.FromResult(\"ab\"); var a = await t; var n = (await t).Length;"),
        Verify.Diagnostic(Descriptors.BlockingWait, 0, "Task.Result", "car"),
        Verify.Diagnostic(Descriptors.BlockingWait, 1, "Task.Result", "car"));

    [Fact]
    public Task GetAwaiterGetResult_BecomesAwait() => Verify.FixAsync<AwaitInsteadOfBlockingFix>(
        Verify.InLine("var n = {|#0:Task.FromResult(1).GetAwaiter().GetResult()|};"),
        Verify.InLine("var n = await Task.FromResult(1);"),
        Verify.Diagnostic(Descriptors.BlockingWait, 0, "GetAwaiter().GetResult()", "car"));

    [Fact]
    public Task ThreadSleepMilliseconds_BecomesDelayOnTheSimulationClock_WithTheLineToken() => Verify.FixAsync<DelayInsteadOfSleepFix>(
        Verify.InLine("{|#0:Thread.Sleep(100)|};"),
        Verify.InLine("await Task.Delay(TimeSpan.FromMilliseconds(100), sim.TimeProvider, ct);"),
        Verify.Diagnostic(Descriptors.ThreadSleep, 0, "Thread.Sleep", "car"));

    [Fact]
    public Task ThreadSleepTimeSpan_BecomesDelayOnTheSimulationClock() => Verify.FixAsync<DelayInsteadOfSleepFix>(
        Verify.InLine("{|#0:Thread.Sleep(TimeSpan.FromSeconds(2))|};"),
        Verify.InLine("await Task.Delay(TimeSpan.FromSeconds(2), sim.TimeProvider, ct);"),
        Verify.Diagnostic(Descriptors.ThreadSleep, 0, "Thread.Sleep", "car"));

    [Fact]
    public Task ThreadSleep_WithoutAClockInScope_IsNotFixed()
    {
        const string Source = """
            class Sample
            {
                static async Task NapAsync(CancellationToken ct)
                {
                    {|#0:Thread.Sleep(1)|};
                    await Task.Yield();
                }

                void Main(Simulation sim)
                {
                    sim.Start("car", NapAsync);
                    sim.Run();
                }
            }
            """;
        return Verify.FixAsync<DelayInsteadOfSleepFix>(Source, Source, Verify.Diagnostic(Descriptors.ThreadSleep, 0, "Thread.Sleep", "car"));
    }

    [Fact]
    public Task WallClock_BecomesTheSimulationClock() => Verify.FixAsync<VirtualClockFix>(
        Verify.InLine("var a = {|#0:DateTime.UtcNow|}; var b = {|#1:DateTimeOffset.Now|}; var c = {|#2:DateTime.Today|};"),
        Verify.InLine("var a = sim.TimeProvider.GetUtcNow().UtcDateTime; var b = sim.TimeProvider.GetLocalNow(); var c = sim.TimeProvider.GetLocalNow().Date;"),
        Verify.Diagnostic(Descriptors.WallClock, 0, "DateTime.UtcNow", "car"),
        Verify.Diagnostic(Descriptors.WallClock, 1, "DateTimeOffset.Now", "car"),
        Verify.Diagnostic(Descriptors.WallClock, 2, "DateTime.Today", "car"));

    [Fact]
    public Task UnseededRandom_BecomesTheSimulationRandom() => Verify.FixAsync<SimulationRandomFix>(
        Verify.InLine("var a = {|#0:Random.Shared|}.Next(6); var r = {|#1:new Random()|};"),
        Verify.InLine("var a = sim.Random.Next(6); var r = sim.Random;"),
        Verify.Diagnostic(Descriptors.UnseededRandom, 0, "Random.Shared", "car"),
        Verify.Diagnostic(Descriptors.UnseededRandom, 1, "new Random()", "car"));
}
