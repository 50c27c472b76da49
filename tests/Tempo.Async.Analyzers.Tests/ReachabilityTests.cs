using Tempo.Async.Analyzers;

namespace Tempo.Async.Analyzers.Tests;

/// <summary>What counts as line code: a line's body and what it reaches in the compilation, and nothing else.</summary>
public sealed class ReachabilityTests
{
    [Fact]
    public Task MethodGroupBody_IsLineCode() => Verify.AnalyzerAsync("""
        class Sample
        {
            static async Task CarAsync(CancellationToken ct) => await {|#0:Task.Run(() => { })|};

            void Main(Simulation sim)
            {
                sim.Start("car", CarAsync);
                sim.Run();
            }
        }
        """,
        Verify.Diagnostic(Descriptors.TaskRun, 0, "Task.Run", "car"));

    [Fact]
    public Task HelperCalledFromLine_Transitively_IsLineCode_NamedByTheLineExpression() => Verify.AnalyzerAsync("""
        class Sample
        {
            static Task CarAsync(Simulation sim, int i, CancellationToken ct) => ChargeAsync(sim, ct);

            static async Task ChargeAsync(Simulation sim, CancellationToken ct)
            {
                var started = {|#0:DateTime.UtcNow|};
                await sim.DelayAsync(TimeSpan.FromSeconds(5), ct);
            }

            void Main(Simulation sim)
            {
                for (var i = 0; i < 3; i++)
                {
                    var n = i;
                    sim.Start($"car {n}", ct => CarAsync(sim, n, ct));
                }
                sim.Run();
            }
        }
        """,
        Verify.Diagnostic(Descriptors.WallClock, 0, "DateTime.UtcNow", "$\"car {n}\""));

    [Fact]
    public Task ScopeStart_NestedLambdaAndLocalFunction_AreLineCode() => Verify.AnalyzerAsync("""
        class Sample
        {
            void Main(Simulation sim)
            {
                sim.Start("attack", async ct =>
                {
                    await using var scope = sim.OpenScope("runs", ct);
                    scope.Start("#9", async c =>
                    {
                        await sim.WaitUntilAsync("late", () => {|#0:DateTime.Now|}.Hour > 12, c);
                        Nap();
                        void Nap() => {|#1:Thread.Sleep(1)|};
                    });
                });
                sim.Run();
            }
        }
        """,
        Verify.Diagnostic(Descriptors.WallClock, 0, "DateTime.Now", "#9"),
        Verify.Diagnostic(Descriptors.ThreadSleep, 1, "Thread.Sleep", "#9"));

    [Fact]
    public Task PropertyAndConstructorCalledFromLine_AreLineCode() => Verify.AnalyzerAsync("""
        class Dice
        {
            private readonly Random _random = new Random(1);
            public Dice() => Seed = {|#0:Random.Shared|}.Next();
            public int Seed { get; }
            public int Roll => {|#1:Random.Shared|}.Next(6);
        }

        class Sample
        {
            void Main(Simulation sim)
            {
                sim.Start("player", async ct =>
                {
                    var roll = new Dice().Roll;
                    await sim.DelayAsync(TimeSpan.FromSeconds(roll), ct);
                });
                sim.Run();
            }
        }
        """,
        Verify.Diagnostic(Descriptors.UnseededRandom, 0, "Random.Shared", "player"),
        Verify.Diagnostic(Descriptors.UnseededRandom, 1, "Random.Shared", "player"));

    [Fact]
    public Task HelperNotReachedFromAnyLine_IsNotFlagged() => Verify.AnalyzerAsync("""
        class Sample
        {
            static async Task WarmUpAsync() => await Task.Run(() => Thread.Sleep(1)).ConfigureAwait(false);

            static Task CarAsync(Simulation sim, CancellationToken ct) => sim.DelayAsync(TimeSpan.FromSeconds(1), ct);

            async Task MainAsync(Simulation sim)
            {
                await WarmUpAsync();
                var watch = Stopwatch.StartNew();
                sim.Start("car", ct => CarAsync(sim, ct));
                sim.Run();
                Console.WriteLine(watch.Elapsed + " " + DateTime.Now);
            }
        }
        """);

    [Fact]
    public Task CompilationWithoutTempoAsyncTypes_IsNotAnalyzed() => Verify.AnalyzerAsync("""
        class Simulation2
        {
            public void Start(string name, Func<CancellationToken, Task> body) { }
        }

        class Sample
        {
            void Main(Simulation2 sim) => sim.Start("car", async ct => await Task.Run(() => { }));
        }
        """);

    [Fact]
    public Task TwoLinesReachingOneHelper_NameTheFirstInSourceOrder() => Verify.AnalyzerAsync("""
        class Sample
        {
            static Task RunAsync(CancellationToken ct) => {|#0:Task.Run(() => { })|};

            void Main(Simulation sim)
            {
                sim.Start("first", RunAsync);
                sim.Start("second", RunAsync);
                sim.Run();
            }
        }
        """,
        Verify.Diagnostic(Descriptors.TaskRun, 0, "Task.Run", "first"));
}
