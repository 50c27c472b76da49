using Tempo.Timeline;

namespace Tempo.Async;

/// <summary>
/// What a run that stopped with lines still unfinished tells its caller: a <see cref="DeadlockException"/> naming
/// what each line waits for, or the thread misuse that really stopped it.
/// </summary>
internal static class DeadlockDiagnosis
{
    /// <summary>What a line waits for when it awaits a task the runtime did not make (a SemaphoreSlim's, a Channel's, a TaskCompletionSource's).</summary>
    public const string UnknownTask =
        "a task the simulation does not know (not a delay, event, condition, line or resource; for a SemaphoreSlim or a Channel, " +
        "await semaphore.WaitAsync(sim, ct) or channel.ReadAsync(sim, ct)/WriteAsync(sim, item, ct) and the report names it and the lines on its other side)";

    /// <summary>Throws unless every line has finished and nothing was awaited (<paramref name="awaited"/> null).</summary>
    public static void ThrowIfStuck(IReadOnlyList<Line> lines, Task? awaited, ForeignThreadGuard foreign, string simulation, TimeSpan now)
    {
        var waiting = lines.Where(l => !l.HasFinished).ToList();
        if (waiting.Count == 0 && awaited is null)
        {
            return;
        }
        if (waiting.Any(l => l.HasStarted && l.WaitLabel is null) && !foreign.HasReport)
        {
            // A line awaiting something the runtime does not know may be stuck on thread-pool work (Task.Run,
            // ConfigureAwait(false)) that reports itself when it comes back.
            foreign.WaitForStragglers(lines);
        }
        if (foreign.HasReport)
        {
            foreign.ThrowReported(lines);
        }
        var list = waiting.Select(l => (l.Name, WaitingFor(l))).ToList();
        var what = awaited is null ? "every line of control is waiting and no timer is pending" : "the awaited task cannot complete: no work and no timer is pending";
        var detail = list.Count == 0 ? "no line is running" : string.Join("; ", list.Select(w => $"'{w.Item1}' waits for {w.Item2}"));
        throw new DeadlockException($"deadlock in simulation '{simulation}' at t={TimeFormat.Seconds(now)}: {what}: {detail}", list);
    }

    private static string WaitingFor(Line line)
    {
        if (!line.HasStarted)
        {
            return "its turn (not started)";
        }
        // Woken (its wait is over) but held back until the lines given turns after it have finished.
        if (line.Group?.TurnBackLabel(line) is { } back)
        {
            return back;
        }
        if (line.CurrentWait is IDescribedWait wait)
        {
            return wait.Describe();
        }
        return line.WaitLabel ?? UnknownTask;
    }
}
