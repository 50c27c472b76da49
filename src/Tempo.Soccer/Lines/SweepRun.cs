namespace Tempo.Soccer.Lines;

/// <summary>One run of a sweep as the sweep counts it (see <see cref="PlaySweep.RunOne"/> and <see cref="PlaySweep.Summarize"/>).</summary>
/// <param name="Goal">Whether the run scored.</param>
/// <param name="Scorer">The scorer's shirt number, if any.</param>
/// <param name="Seconds">Virtual seconds the run lasted.</param>
/// <param name="Way">"goal", or how the play failed (e.g. "tackled by opp#5").</param>
public readonly record struct SweepRun(bool Goal, int? Scorer, double Seconds, string Way);
