namespace Tempo.Cli.Tests.Faults;

/// <summary>Tests that measure wall-clock limits run alone, not next to other CPU-heavy tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
