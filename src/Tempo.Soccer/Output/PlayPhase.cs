namespace Tempo.Soccer.Output;

/// <summary>One stretch of the play between two receptions of the ball, like the chapter's Figures 1.3–1.5.</summary>
public sealed record PlayPhase(int Number, double Start, double End, string Caption);
