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

    /// <summary>
    /// SimPy 3.0.11's documentation examples, ported: the name of the original (examples/&lt;name&gt;.py) and how to run it.
    /// Each prints byte for byte what its original prints (random numbers come from <see cref="PythonRandom"/>).
    /// </summary>
    public static IReadOnlyList<(string Concept, Action<TextWriter> Run)> Examples { get; } =
    [
        ("bank_renege", BankRenegeExample.Run),
        ("carwash", CarwashExample.Run),
        ("machine_shop", MachineShopExample.Run),
        ("movie_renege", MovieRenegeExample.Run),
        ("gas_station_refuel", GasStationRefuelExample.Run),
        ("latency", LatencyExample.Run),
        ("process_communication", ProcessCommunicationExample.Run),
    ];
}
