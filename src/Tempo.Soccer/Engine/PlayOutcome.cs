using Tempo.Soccer.Model;

namespace Tempo.Soccer.Engine;

/// <summary>How a play ended: a goal (and who scored), or what stopped it, at what virtual time.</summary>
public sealed record PlayOutcome(bool Goal, PlayerId? Scorer, string Team, double Seconds, string Kind, string Reason);
