using System.Threading.Channels;
using Tempo.Async;

namespace Tempo.Async.Tests;

/// <summary>
/// The blocked-loop report names what the line blocks on: the wait of the simulation's it started in the blocked
/// step and then waited for synchronously (its own timer or delay, a resource request, a semaphore or channel taken
/// through the simulation), or, when it started none, something the simulation does not know (Thread.Sleep, a lock).
/// Each test interrupts the blocked loop thread from the report, so only the report lets the run go on.
/// </summary>
public sealed class BlockedLoopDiagnosisTests
{
    private const string Prefix = "simulation 'bank': line 'Ann' blocks the loop at t=1.5 (one step has held it for more than 0.1 s of wall-clock time, and nothing else can run): ";
    private const string SyncWait = "it waits synchronously (.Wait(), .Result or GetResult()) for ";
    private const string Unknown = "it is blocked on something the simulation does not know " +
        "(Thread.Sleep, a lock, I/O, or a task, semaphore or channel not awaited through the simulation); inside lines, await instead";

    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void TimerWait_NamesItsOwnTimerAndWhenItIsDue()
    {
        var report = BlockedReport(_ => { }, (sim, ct) => Task.Delay(S(1), sim.TimeProvider, ct).Wait(ct));

        Assert.Equal(Prefix + SyncWait + "its own timer due at t=2.5, which can only fire when the loop runs; await it instead", report);
    }

    [Fact]
    public void DelayAsyncWait_NamesItsOwnDelay()
    {
        var report = BlockedReport(_ => { }, (sim, ct) => sim.DelayAsync(S(0.25), ct).Wait(ct));

        Assert.Equal(Prefix + SyncWait + "its own delay due at t=1.75, which can only end when the loop runs; await it instead", report);
    }

    [Fact]
    public void ResourceRequestResult_NamesTheResource_ThatGrantedButCannotHandItOver()
    {
        Resource? counter = null;
        var report = BlockedReport(sim => counter = new Resource(sim, "counter", 1), (_, ct) =>
        {
            using var request = counter!.RequestAsync(ct).Result;
        });

        Assert.Equal(Prefix + SyncWait +
            "resource 'counter', which has granted its request but hands it over only when the loop runs; await it instead", report);
    }

    [Fact]
    public void ResourceRequestHeldByAnother_NamesTheHolder()
    {
        Resource? counter = null;
        var report = BlockedReport(sim =>
        {
            counter = new Resource(sim, "counter", 1);
            sim.Start("Bob", async ct =>
            {
                using var held = await counter.RequestAsync(ct);
                await sim.DelayAsync(S(3), ct);
            });
        }, (_, ct) => counter!.RequestAsync(ct).GetAwaiter().GetResult());

        Assert.Equal(Prefix + SyncWait + "resource 'counter' held by 'Bob', and only the loop it blocks can end that wait; await it instead", report);
    }

    [Fact]
    public void SemaphoreThroughTheSimulation_Wait_NamesTheSemaphoreAndItsHolder()
    {
        var drill = new SemaphoreSlim(1);
        var report = BlockedReport(sim => sim.Start("Bob", async ct =>
        {
            await drill.WaitAsync(sim, ct);
            await sim.DelayAsync(S(3), ct);
            drill.Release(sim);
        }), (sim, ct) => drill.WaitAsync(sim, ct).Wait(ct));

        Assert.Equal(Prefix + SyncWait +
            "semaphore 'drill' held by 'Bob' since t=0 (none free), and only the loop it blocks can end that wait; await it instead", report);
    }

    [Fact]
    public void ChannelReadThroughTheSimulation_Wait_NamesTheChannelAndItsWriters()
    {
        var replies = Channel.CreateUnbounded<int>();
        var report = BlockedReport(sim => sim.Start("server", async ct =>
        {
            await replies.WriteAsync(sim, 1, ct);
            await sim.DelayAsync(S(3), ct);
            await replies.WriteAsync(sim, 2, ct);
        }), (sim, ct) =>
        {
            replies.ReadAsync(sim, ct).Wait(ct);
            replies.ReadAsync(sim, ct).Wait(ct);
        });

        Assert.Equal(Prefix + SyncWait +
            "an item from channel 'replies' (empty; written to by 'server'), and only the loop it blocks can end that wait; await it instead", report);
    }

    [Fact]
    public void BareSemaphoreWait_IsSomethingTheSimulationDoesNotKnow()
    {
        using var gate = new SemaphoreSlim(0);
        var report = BlockedReport(_ => { }, (_, ct) => gate.Wait(ct));

        Assert.Equal(Prefix + Unknown, report);
    }

    [Fact]
    public void ThreadSleep_IsSomethingTheSimulationDoesNotKnow()
    {
        var report = BlockedReport(_ => { }, (_, _) => Thread.Sleep(TimeSpan.FromSeconds(30)));

        Assert.Equal(Prefix + Unknown, report);
    }

    [Fact]
    public void LockHeldByAnotherThread_IsSomethingTheSimulationDoesNotKnow()
    {
        var ledger = new object();
        using var taken = new ManualResetEventSlim();
        using var letGo = new ManualResetEventSlim();
        var holder = new Thread(() =>
        {
            lock (ledger)
            {
                taken.Set();
                letGo.Wait(TimeSpan.FromSeconds(30));
            }
        });
        holder.Start();
        taken.Wait();
        try
        {
            var report = BlockedReport(_ => { }, (_, _) =>
            {
                lock (ledger)
                {
                }
            });

            Assert.Equal(Prefix + Unknown, report);
        }
        finally
        {
            letGo.Set();
            holder.Join();
        }
    }

    [Fact]
    public void TheReport_IsTheSameEveryRun()
    {
        var reports = Enumerable.Range(0, 3)
            .Select(_ => BlockedReport(_ => { }, (sim, ct) => Task.Delay(S(1), sim.TimeProvider, ct).Wait(ct)))
            .Distinct()
            .ToList();

        Assert.Single(reports);
    }

    /// <summary>
    /// Runs line 'Ann', which at t=1.5 calls <paramref name="block"/> on the loop's thread, and returns the one report;
    /// the report interrupts the blocked thread (its only way on), and the line ends there.
    /// </summary>
    private static string BlockedReport(Action<Simulation> setUp, Action<Simulation, CancellationToken> block)
    {
        var reports = new List<string>();
        Thread? loopThread = null;
        var ended = "";
        var options = BlockedReports.Collecting("bank", reports, () => Volatile.Read(ref loopThread)!.Interrupt());
        using var sim = new Simulation(options);
        setUp(sim);
        sim.Start("Ann", async ct =>
        {
            await sim.DelayAsync(S(1.5), ct);
            Volatile.Write(ref loopThread, Thread.CurrentThread);
            try
            {
                // The blocking call (TEMPO003 in user code) is the point of these tests.
                block(sim, ct);
                ended = "went on without blocking";
            }
            catch (Exception e) when (e is ThreadInterruptedException || e.InnerException is ThreadInterruptedException)
            {
                ended = "released by the report";
            }
        });

        sim.Run();

        Assert.Equal("released by the report", ended);
        lock (reports)
        {
            return Assert.Single(reports);
        }
    }
}
