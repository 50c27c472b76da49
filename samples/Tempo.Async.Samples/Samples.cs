namespace Tempo.Async.Samples;

/// <summary>The samples, one per SimPy concept, each named after its SimPy original in SimPy/.</summary>
public static class Samples
{
    /// <summary>Every sample: the SimPy concept (the file name of its original) and how to run it.</summary>
    public static IReadOnlyList<(string Concept, Action<TextWriter> Run)> All { get; } =
    [
        ("environment", EnvironmentSample.Run),
        ("process", ProcessSample.Run),
        ("timeout", TimeoutSample.Run),
        ("event", EventSample.Run),
        ("interrupt", InterruptSample.Run),
        ("all_of", AllOfSample.Run),
        ("any_of", AnyOfSample.Run),
        ("resource", ResourceSample.Run),
        ("store", StoreSample.Run),
    ];
}
