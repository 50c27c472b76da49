using Tempo.Async;

namespace Tempo.Async.Tests;

/// <summary>
/// A line's code that resumes outside its own steps (ConfigureAwait(false), Task.Run) is reported by the line's name,
/// with the same text on every run, whichever thread came back first.
/// </summary>
public sealed class LineIdentityTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void ConfigureAwaitFalse_CompletedInAnotherLinesStep_IsReportedNamingTheLine()
    {
        using var sim = new Simulation(new SimulationOptions { Name = "handoff" });
        var handoff = new TaskCompletionSource();
        sim.Start("A", async ct =>
        {
            await handoff.Task.ConfigureAwait(false);
            // Before: this ran on the thread pool after the loop had stopped, unchecked, and the run ended as a
            // deadlock of 'A' on "a task the simulation does not know" (or raced on, depending on timing); now the
            // loop is guarded until Run returns, and the line's escaped continuation is what it reports.
            await sim.DelayAsync(S(1), ct);
        });
        sim.Start("B", async ct =>
        {
            await sim.DelayAsync(S(2), ct);
            handoff.SetResult();
        });

        var e = Assert.Throws<SimulationMisuseException>(sim.Run);

        Assert.Equal("A", e.LineName);
        Assert.Equal(
            "line 'A': a continuation came back on the thread pool into simulation 'handoff'; inside lines await only " +
            "the simulation's waits, lines, events, channels and its TimeProvider: no Task.Run, no ConfigureAwait(false)",
            e.Message);
    }

    [Fact]
    public void RecordAfterConfigureAwaitFalse_NamesTheLineAndTheCause_NotNoLineRunning()
    {
        using var sim = new Simulation();
        sim.Start("drifter", async ct =>
        {
            await Task.Delay(S(1), sim.TimeProvider, ct).ConfigureAwait(false);
            sim.Record("arrived");
        });

        var e = Assert.Throws<LineFailedException>(sim.Run);

        var misuse = Assert.IsType<SimulationMisuseException>(e.InnerException);
        Assert.Equal("drifter", misuse.LineName);
        Assert.StartsWith("line 'drifter' lost its line of control: it continued after ConfigureAwait(false) in a timer's step, so recording 'arrived'", misuse.Message);
    }

    [Fact]
    public void TaskRunInThreeLines_BlamesTheFirstToEscape_WithTheSameMessageEveryRun()
    {
        var messages = new List<string>();
        // Each run lets a different line's thread-pool work come back first: A's is always the slowest.
        for (var run = 0; run < 6; run++)
        {
            using var sim = new Simulation(new SimulationOptions { Name = "escape" });
            var sleeps = new[] { 60, run % 2 == 0 ? 0 : 20, run % 2 == 0 ? 20 : 0 };
            foreach (var (name, sleep) in new[] { "A", "B", "C" }.Zip(sleeps))
            {
                sim.Start(name, async ct =>
                {
                    await Task.Run(() => Thread.Sleep(sleep), ct);
                    await sim.DelayAsync(S(1), ct);
                });
            }

            var e = Assert.Throws<SimulationMisuseException>(sim.Run);

            Assert.Equal("A", e.LineName);
            messages.Add(e.Message);
        }

        Assert.Single(messages.Distinct());
        Assert.Equal(
            "line 'A': a continuation came back on the thread pool into simulation 'escape'; inside lines await only " +
            "the simulation's waits, lines, events, channels and its TimeProvider: no Task.Run, no ConfigureAwait(false)",
            messages[0]);
    }

    [Fact]
    public void SimulationUsedInsideTaskRun_NamesTheLineThatEscaped_WithoutAThreadId()
    {
        using var sim = new Simulation(new SimulationOptions { Name = "pool" });
        sim.Start("worker", async ct =>
        {
            await sim.DelayAsync(S(1), ct);
            await Task.Run(() => sim.DelayAsync(S(1), CancellationToken.None), ct);
        });

        var e = Assert.Throws<SimulationMisuseException>(sim.Run);

        Assert.Equal("worker", e.LineName);
        Assert.Equal(
            "line 'worker': a continuation came back on the thread pool into simulation 'pool'; inside lines await only " +
            "the simulation's waits, lines, events, channels and its TimeProvider: no Task.Run, no ConfigureAwait(false)",
            e.Message);
    }
}
