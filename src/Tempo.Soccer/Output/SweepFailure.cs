namespace Tempo.Soccer.Output;

/// <summary>One way a play failed in a sweep (e.g. "tackled by opp#8"), how many runs ended that way, and the first seed that did.</summary>
public sealed record SweepFailure(string Way, int Count, int ExampleSeed);
