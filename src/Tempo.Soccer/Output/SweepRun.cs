namespace Tempo.Soccer.Output;

/// <summary>One run of a sweep as the sweep counts it (made by <c>Lines.PlaySweep.RunOne</c>, counted by <c>Lines.PlaySweep.Summarize</c>).</summary>
/// <param name="Goal">Whether the run scored.</param>
/// <param name="Scorer">The scorer's shirt number, if any.</param>
/// <param name="Seconds">Virtual seconds the run lasted.</param>
/// <param name="Way">"goal", or how the play failed (e.g. "tackled by opp#5").</param>
public readonly record struct SweepRun(bool Goal, int? Scorer, double Seconds, string Way);
