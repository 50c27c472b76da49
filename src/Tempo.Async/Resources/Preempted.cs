using Tempo.Timeline;

namespace Tempo.Async;

/// <summary>
/// The <see cref="InterruptException.Cause"/> a line receives when a more important request takes its
/// <see cref="PreemptiveResource"/> away (SimPy's <c>Preempted</c>): who took it, when, and since when the line had it.
/// </summary>
/// <param name="Resource">The name of the resource the line lost.</param>
/// <param name="By">The name of the line whose request preempted it (or "code outside lines").</param>
/// <param name="At">When it was preempted.</param>
/// <param name="UsageSince">Since when the preempted line had been using the resource.</param>
public sealed record Preempted(string Resource, string By, TimeSpan At, TimeSpan UsageSince)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"preempted from '{Resource}' by '{By}' at t={TimeFormat.Seconds(At)} (using it since t={TimeFormat.Seconds(UsageSince)})";
}
