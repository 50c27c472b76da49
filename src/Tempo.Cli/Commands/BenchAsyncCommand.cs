using System.CommandLine;
using System.Globalization;
using System.Text;
using Tempo.Async.Workloads;
using Tempo.Timeline;

namespace Tempo.Cli.Commands;

/// <summary>
/// `tempo bench async [--format json]`: timer resumptions per second on Tempo.Async against a bare
/// PriorityQueue&lt;Action&gt; loop doing the same callbacks in the same process, plus a channel ping-pong.
/// The schedule checksum and end time are a deterministic signature. `--workload timers --warmups 0 --runs 1` runs the
/// Tempo timers once and nothing else, for a peak-memory figure under /usr/bin/time.
/// </summary>
public static class BenchAsyncCommand
{
    public static Command Build(CliContext context)
    {
        var lines = new Option<int>("--lines") { Description = "Lines of control.", DefaultValueFactory = _ => 1000 }.InRange(1, int.MaxValue, "must be a positive number");
        var steps = new Option<int>("--steps") { Description = "Timers each line awaits.", DefaultValueFactory = _ => 1000 }.InRange(1, int.MaxValue, "must be a positive number");
        var messages = new Option<int>("--messages") { Description = "Messages in the channel ping-pong.", DefaultValueFactory = _ => 1_000_000 }.InRange(2, int.MaxValue, "the ping-pong needs at least 2 messages");
        var runs = new Option<int>("--runs") { Description = "Measured runs after the warm-up rounds; medians are reported.", DefaultValueFactory = _ => 5 }.InRange(1, int.MaxValue, "must be a positive number");
        var warmups = new Option<int>("--warmups") { Description = "Warm-up rounds before the measured runs.", DefaultValueFactory = _ => 2 }.InRange(0, int.MaxValue, "must not be negative");
        var workload = new Option<string>("--workload") { Description = "all: Tempo timers, the ceiling and the ping-pong; timers: the Tempo timers alone (for peak memory).", DefaultValueFactory = _ => "all" };
        workload.AcceptOnlyFromAmong("all", "timers");
        var format = FormatOption.Create("text", "json");
        var command = new Command("async", "Timer resumptions per second on Tempo.Async vs a bare priority-queue loop, and a channel ping-pong")
        {
            lines, steps, messages, runs, warmups, workload, format,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var lineCount = parse.GetValue(lines);
            var stepCount = parse.GetValue(steps);
            var messageCount = parse.GetValue(messages);
            var runCount = parse.GetValue(runs);
            var plan = new Plan(lineCount, stepCount, messageCount, runCount, parse.GetValue(warmups), parse.GetValue(workload) == "timers");
            if ((long)lineCount * stepCount > 100_000_000)
            {
                throw new InputException($"--lines × --steps is {(long)lineCount * stepCount}: at most 100000000 resumptions");
            }

            using var cancel = new CtrlC();
            if (plan.TimersOnly)
            {
                var timers = MeasureTimers(plan, cancel.Token);
                context.Output.WriteLine(parse.GetValue(format) == "json" ? TimersJson(timers) : TimersText(timers, plan));
                return ExitCodes.Ok;
            }
            var report = Measure(plan, cancel.Token);
            context.Output.WriteLine(parse.GetValue(format) == "json" ? ToJson(report) : ToText(report, lineCount, stepCount, runCount));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static WorkloadResult MeasureTimers(Plan plan, CancellationToken cancellationToken)
    {
        var tempo = new List<WorkloadResult>();
        for (var run = 0; run < plan.Warmups + plan.Runs; run++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = SimulationBenchmark.RunTimers(plan.Lines, plan.Steps);
            if (run >= plan.Warmups)
            {
                tempo.Add(result);
            }
        }
        return Median(tempo);
    }

    private static Report Measure(Plan plan, CancellationToken cancellationToken)
    {
        var (lines, steps, messages, runs) = (plan.Lines, plan.Steps, plan.Messages, plan.Runs);
        // Warm-up rounds (two by default) so that tiered compilation (tier 0, then optimised with PGO) has settled.
        for (var warm = 0; warm < plan.Warmups; warm++)
        {
            SimulationBenchmark.RunCeiling(lines, steps);
            SimulationBenchmark.RunTimers(lines, steps);
            SimulationBenchmark.RunPingPong(messages);
        }
        var tempo = new List<WorkloadResult>();
        var ceiling = new List<WorkloadResult>();
        var pingPong = new List<WorkloadResult>();
        for (var run = 0; run < runs; run++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Interleaved, so that load from other processes hits both sides of the ratio alike.
            ceiling.Add(SimulationBenchmark.RunCeiling(lines, steps));
            tempo.Add(SimulationBenchmark.RunTimers(lines, steps));
            pingPong.Add(SimulationBenchmark.RunPingPong(messages));
        }
        var t = Median(tempo);
        var c = Median(ceiling);
        var p = Median(pingPong);
        if (t.Checksum != c.Checksum || t.SimulatedEnd != c.SimulatedEnd)
        {
            throw new InvalidOperationException($"the simulation's schedule (checksum {t.Checksum}, end {t.SimulatedEnd}) differs from the reference loop's (checksum {c.Checksum}, end {c.SimulatedEnd})");
        }
        return new Report(t, c, p);
    }

    private static WorkloadResult Median(List<WorkloadResult> results) =>
        results.OrderBy(r => r.Elapsed).ElementAt(results.Count / 2);

    private static string ToText(Report r, int lines, int steps, int runs)
    {
        var text = new StringBuilder();
        var ratio = r.Tempo.PerSecond / r.Ceiling.PerSecond;
        text.AppendLine(Invariant($"workload   {lines} lines x {steps} timers = {r.Tempo.Operations} resumptions, ends at t={r.Tempo.SimulatedEnd.TotalSeconds:0.###}, schedule checksum {r.Tempo.Checksum}"));
        text.AppendLine(Invariant($"tempo      {r.Tempo.PerSecond / 1e6,8:0.00} M resumptions/s  ({r.Tempo.Elapsed.TotalSeconds:0.000} s, median of {runs})"));
        text.AppendLine(Invariant($"ceiling    {r.Ceiling.PerSecond / 1e6,8:0.00} M resumptions/s  (bare PriorityQueue<Action> loop, same schedule)"));
        text.AppendLine(Invariant($"ratio      {ratio,8:0.00}"));
        text.Append(Invariant($"ping-pong  {r.PingPong.PerSecond / 1e6,8:0.00} M messages/s     ({r.PingPong.Operations} messages over channels, {r.PingPong.Elapsed.TotalSeconds:0.000} s)"));
        return text.ToString();
    }

    private static string TimersText(WorkloadResult t, Plan plan) =>
        Invariant($"tempo      {t.PerSecond / 1e6,8:0.00} M resumptions/s  ({plan.Lines} lines x {plan.Steps} timers = {t.Operations} resumptions in {t.Elapsed.TotalSeconds:0.000} s, median of {plan.Runs}; ends at t={t.SimulatedEnd.TotalSeconds:0.###}, schedule checksum {t.Checksum})");

    private static string TimersJson(WorkloadResult t)
    {
        return JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("resumptions", t.Operations);
            json.WriteNumber("seconds", Math.Round(t.Elapsed.TotalSeconds, 6));
            json.WriteNumber("resumptionsPerSecond", Math.Round(t.PerSecond));
            json.WriteNumber("simulatedEnd", t.SimulatedEnd.TotalSeconds);
            json.WriteNumber("checksum", t.Checksum);
            json.WriteEndObject();
        });
    }

    private static string ToJson(Report r)
    {
        return JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("resumptions", r.Tempo.Operations);
            json.WriteNumber("seconds", Math.Round(r.Tempo.Elapsed.TotalSeconds, 6));
            json.WriteNumber("resumptionsPerSecond", Math.Round(r.Tempo.PerSecond));
            json.WriteNumber("ceilingPerSecond", Math.Round(r.Ceiling.PerSecond));
            json.WriteNumber("ratio", Math.Round(r.Tempo.PerSecond / r.Ceiling.PerSecond, 3));
            json.WriteNumber("simulatedEnd", r.Tempo.SimulatedEnd.TotalSeconds);
            json.WriteNumber("checksum", r.Tempo.Checksum);
            json.WriteNumber("pingPongMessages", r.PingPong.Operations);
            json.WriteNumber("pingPongSeconds", Math.Round(r.PingPong.Elapsed.TotalSeconds, 6));
            json.WriteNumber("pingPongMessagesPerSecond", Math.Round(r.PingPong.PerSecond));
            json.WriteEndObject();
        });
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private readonly record struct Plan(int Lines, int Steps, int Messages, int Runs, int Warmups, bool TimersOnly);

    private readonly record struct Report(WorkloadResult Tempo, WorkloadResult Ceiling, WorkloadResult PingPong);
}
