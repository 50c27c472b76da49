using System.Globalization;
using Tempo.Web.Bench;

// bench/web-app.sh runs this: the app's pages timed in Debian's Chromium, then CLIENTS clients proving the chapter's
// mate in 3 against `tempo serve` on loopback for SECONDS seconds. Usage:
//   Tempo.Web.Bench --tempo PATH [--clients 20] [--seconds 60] [--visits 5 (0: no page timing)] [--max-requests 100000]
//                   [--max-jobs N (passed to tempo serve; none: the server's default, the cores)]
var arguments = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.a, p => p.i + 1 < args.Length ? args[p.i + 1] : "");
string Text(string name, string fallback) => arguments.TryGetValue(name, out var value) ? value : fallback;
int Number(string name, int fallback) => int.Parse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

var tempo = Text("--tempo", "src/Tempo.Cli/bin/Release/net10.0/tempo");
var clients = Number("--clients", 20);
var seconds = Number("--seconds", 60);
var visits = Number("--visits", 5);
var maxRequests = Number("--max-requests", 100_000);
const string Puzzle = "r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1";
var body = $$"""{"fen":"{{Puzzle}}","max":3}""";

using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds + 600));
var maxJobs = Text("--max-jobs", "");
string[] serveOptions = maxJobs.Length > 0 ? ["--max-jobs", maxJobs] : [];
using var server = await ServerProcess.StartAsync(tempo, serveOptions, stop.Token);
Console.WriteLine($"tempo serve at {server.Address} ({(maxJobs.Length > 0 ? $"--max-jobs {maxJobs}" : "default --max-jobs")}); {Environment.ProcessorCount} cores; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

if (visits > 0)
{
    Console.WriteLine();
    Console.WriteLine($"Time to interactive in headless Chromium (median of {visits} visits after one warm-up, fresh tab each):");
    Console.WriteLine("| page | interactive (ms) | load event (ms) |");
    Console.WriteLine("|---|---:|---:|");
    foreach (var (path, interactive, load) in await PageTiming.MeasureAsync(server.Address, visits, stop.Token))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{path}` | {interactive:0} | {load:0} |"));
    }
}

Console.WriteLine();
Console.WriteLine($"{clients} clients, each POST /api/chess/solve {body} in a loop, for {seconds} s (at most {maxRequests} requests):");
var report = await SolveLoad.RunAsync(server, clients, TimeSpan.FromSeconds(seconds), maxRequests, body, stop.Token);
var sorted = report.LatenciesMs;
Console.WriteLine("| requests | errors | throughput (solves/s) | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | server RSS idle (MiB) | server peak RSS (MiB) |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {report.Requests} | {report.Errors} | {report.Requests / report.Seconds:0.0} | {SolveLoad.Percentile(sorted, 50):0} | {SolveLoad.Percentile(sorted, 95):0} | {SolveLoad.Percentile(sorted, 99):0} | {sorted.LastOrDefault():0} | {report.IdleMiB:0} | {report.PeakMiB:0} |"));
if (report.Errors > 0)
{
    Console.WriteLine($"first error: {report.FirstError}");
}
return report.Errors == 0 ? 0 : 1;
