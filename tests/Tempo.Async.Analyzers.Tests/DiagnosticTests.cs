using Tempo.Async.Analyzers;

namespace Tempo.Async.Analyzers.Tests;

/// <summary>Every rule fires on its API inside a line body, and the same code outside any line is left alone.</summary>
public sealed class DiagnosticTests
{
    public static TheoryData<string, string, string> Hazards => new()
    {
        { "await {|#0:Task.Run(() => { })|};", "TEMPO001", "Task.Run" },
        { "await {|#0:Task.Factory.StartNew(() => { })|};", "TEMPO001", "TaskFactory.StartNew" },
        { "await {|#0:Task.Delay(1).ConfigureAwait(false)|};", "TEMPO002", "ConfigureAwait(false)" },
        { "await {|#0:Task.Delay(1).ConfigureAwait(ConfigureAwaitOptions.None)|};", "TEMPO002", "ConfigureAwait(false)" },
        { "{|#0:Task.Delay(1).Wait()|};", "TEMPO003", "Task.Wait" },
        { "var n = {|#0:Task.FromResult(1).Result|};", "TEMPO003", "Task.Result" },
        { "{|#0:Task.Delay(1).GetAwaiter().GetResult()|};", "TEMPO003", "GetAwaiter().GetResult()" },
        { "using var gate = new SemaphoreSlim(1); {|#0:gate.Wait()|};", "TEMPO003", "SemaphoreSlim.Wait" },
        { "{|#0:Thread.Sleep(10)|};", "TEMPO004", "Thread.Sleep" },
        { "var gate = new object(); {|#0:Monitor.Enter(gate)|}; try { await Task.Delay(1); } finally { Monitor.Exit(gate); }", "TEMPO005", "Monitor.Enter" },
        { "var gate = new Lock(); {|#0:gate.Enter()|}; await Task.Delay(1); gate.Exit();", "TEMPO005", "Lock.Enter" },
        { "var t = {|#0:DateTime.Now|};", "TEMPO006", "DateTime.Now" },
        { "var t = {|#0:DateTime.UtcNow|};", "TEMPO006", "DateTime.UtcNow" },
        { "var t = {|#0:DateTimeOffset.UtcNow|};", "TEMPO006", "DateTimeOffset.UtcNow" },
        { "var s = {|#0:Stopwatch.StartNew()|};", "TEMPO007", "Stopwatch.StartNew" },
        { "var s = {|#0:new Stopwatch()|};", "TEMPO007", "new Stopwatch()" },
        { "var r = {|#0:new Random()|};", "TEMPO008", "new Random()" },
        { "var n = {|#0:Random.Shared|}.Next(6);", "TEMPO008", "Random.Shared" },
        { "{|#0:Parallel.For(0, 3, i => { })|};", "TEMPO009", "Parallel.For" },
        { "var sum = {|#0:Enumerable.Range(0, 3).AsParallel()|}.Sum();", "TEMPO009", "ParallelEnumerable.AsParallel" },
    };

    // Code that must never be flagged, even inside a line.
    public static TheoryData<string> Harmless => new()
    {
        "await Task.Delay(1).ConfigureAwait(true);",
        "await Task.Delay(1).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);",
        "var r = new Random(42);",
        "var gate = new object(); Monitor.Enter(gate); Monitor.Exit(gate); await Task.Delay(1);",
        "var gate = new object(); lock (gate) { } await Task.Delay(1);",
        "var t = await Task.FromResult(1);",
        "var d = TimeSpan.FromSeconds(1); await Task.Delay(d);",
    };

    [Theory]
    [MemberData(nameof(Hazards))]
    public Task InLineBody_IsFlagged(string code, string id, string what) =>
        Verify.AnalyzerAsync(Verify.InLine(code), Verify.Diagnostic(Find(id), 0, what, "car"));

    [Theory]
    [MemberData(nameof(Hazards))]
    public Task OutsideAnyLine_IsNotFlagged(string code, string id, string what)
    {
        Assert.NotNull(Find(id));
        Assert.NotEmpty(what);
        return Verify.AnalyzerAsync(OutsideLines(Unmarked(code)));
    }

    [Theory]
    [MemberData(nameof(Harmless))]
    public Task HarmlessCode_InLineBody_IsNotFlagged(string code) => Verify.AnalyzerAsync(Verify.InLine(code));

    // The simulation and its line are there; the code runs in the setup, on the caller's thread, before Run.
    private static string OutsideLines(string code) => $$"""
        class Sample
        {
            async Task MainAsync(Simulation sim)
            {
                sim.Start("car", async ct => await sim.DelayAsync(TimeSpan.FromSeconds(1), ct));
                {{code}}
                sim.Run();
            }
        }
        """;

    private static string Unmarked(string code) => code.Replace("{|#0:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal);

    private static Microsoft.CodeAnalysis.DiagnosticDescriptor Find(string id) =>
        new LineCodeAnalyzer().SupportedDiagnostics.Single(d => d.Id == id);
}
