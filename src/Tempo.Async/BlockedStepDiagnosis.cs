using Tempo.Timeline;

namespace Tempo.Async;

/// <summary>
/// What a line whose step blocks the loop is blocked on, as far as the simulation can tell: a wait it started in that
/// very step (a timer, a delay, a resource request, a semaphore or channel wait through the simulation) and then did
/// not await, so it waits for it synchronously, and only the loop it blocks could end it; or, when it started none,
/// something the simulation does not know. Read from the watch's thread while the loop's thread is blocked.
/// </summary>
internal static class BlockedStepDiagnosis
{
    /// <summary>The sync-over-async calls a pending wait points to.</summary>
    public const string SyncWait = "it waits synchronously (.Wait(), .Result or GetResult()) for ";

    /// <summary>What a line blocks on when it started no wait of the simulation's in the blocked step.</summary>
    public const string Unknown =
        "it is blocked on something the simulation does not know (Thread.Sleep, a lock, I/O, or a task, semaphore or channel not awaited through the simulation)";

    /// <summary>
    /// "it waits synchronously … for its own timer due at t=2.5, which can only fire when the loop runs" when
    /// <paramref name="line"/> started a wait in step <paramref name="step"/>, else null.
    /// </summary>
    public static string? PendingWait(Line line, long step)
    {
        if (line.WaitLabel is null)
        {
            // Reset at the start of every step: the line has started no wait of the simulation's in this one.
            return null;
        }
        var what = line.CurrentWait switch
        {
            null => line.StepTimer is { } timer && timer.CreatedInStep == step && timer.DueTicks >= 0
                ? $"its own timer due at t={TimeFormat.Seconds(new TimeSpan(timer.DueTicks))}, which can only fire when the loop runs"
                : null,
            DelaySource sleep when sleep.DueTicks >= 0 => Timed(line, sleep.DueTicks),
            IPromise { DueTicks: >= 0 } delay => Timed(line, delay.DueTicks),
            IPromise promise => $"{promise.Subject ?? $"'{promise.Label}'"}, and only the loop it blocks can end that wait",
            ResourceOperation operation => operation.DescribeBlocked(),
            IDescribedWait wait => $"{wait.Describe()}, and only the loop it blocks can end that wait",
            _ => $"'{line.WaitLabel}', and only the loop it blocks can end that wait",
        };
        return what is null ? null : SyncWait + what;
    }

    private static string Timed(Line line, long due)
    {
        var own = line.WaitState == SpanState.Running ? $"its own work '{line.WaitLabel}'" : "its own delay";
        return $"{own} due at t={TimeFormat.Seconds(new TimeSpan(due))}, which can only end when the loop runs";
    }
}
