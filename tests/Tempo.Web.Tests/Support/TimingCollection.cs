namespace Tempo.Web.Tests.Support;

/// <summary>Tests that watch the clock (progress rates, cancellation, caps) run one at a time.</summary>
[CollectionDefinition(nameof(TimingCollection), DisableParallelization = true)]
public sealed class TimingCollection;
